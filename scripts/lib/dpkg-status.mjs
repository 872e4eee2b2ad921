// Which Debian packages are installed, read from `dpkg-query` (the wiki and the worker build share it).

/** Arguments of dpkg-query that print each package's name and its status abbreviation. */
export const DPKG_STATUS_QUERY = ['-W', '-f=${Package} ${db:Status-Abbrev}\n'];

/** The names of those fully installed ("ii"), architecture suffixes dropped. */
export function installedPackages(dpkgQueryOutput) {
  return new Set(
    dpkgQueryOutput
      .split('\n')
      .filter((line) => / ii\s*$/.test(line))
      .map((line) => line.split(' ')[0].split(':')[0]),
  );
}
