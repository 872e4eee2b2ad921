/** The archive's only stylesheet, served from this origin (the CSP allows nothing else). */
export const ARCHIVE_CSS = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
header nav a { margin-right: 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2rem; } h3 { font-size: 1.1rem; }
ul.reports { padding-left: 1.2rem; }
.downloads { margin-top: 2rem; font-size: 0.9rem; }
`;
