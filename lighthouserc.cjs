// Lighthouse CI on the built site (`npm run lighthouse`): home, search and a case page, mobile,
// with the system Chromium and results written to .lighthouseci/ (no upload anywhere).
const chromePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
module.exports = {
  ci: {
    collect: {
      staticDistDir: './dist',
      url: ['http://localhost/', 'http://localhost/search/?q=servitude', 'http://localhost/cases/echr-2005-siliadin-v-france/'],
      numberOfRuns: 1,
      chromePath,
      settings: {
        chromeFlags: '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      },
    },
    assert: {
      assertions: {
        'categories:performance': ['error', { minScore: 0.95 }],
        'categories:accessibility': ['error', { minScore: 0.95 }],
        'categories:best-practices': ['error', { minScore: 0.95 }],
        'categories:seo': ['error', { minScore: 0.95 }],
      },
    },
    upload: { target: 'filesystem', outputDir: '.lighthouseci' },
  },
};
