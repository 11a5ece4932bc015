/**
 * The repository carries its own rulebook (docs/rulebook.md): every rule
 * R1…R27 once, each with the article it comes from or marked inferred, and
 * every source it cites listed with its address. The rulebook in code
 * (src/domain/rulebook.ts) says the same: ids, titles, sources, inferred.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleIds, rulebook } from '../../src/domain/rulebook';
import { repoRoot } from '../../src/repo-paths';

const document = readFileSync(join(repoRoot, 'docs', 'rulebook.md'), 'utf8');

/** Each rule's paragraph: from its bold id to the next rule or heading. */
function ruleParagraphs(): Map<string, string> {
  const rules = new Map<string, string>();
  const pattern = /^- \*\*(R\d+)\b([\s\S]*?)(?=^- \*\*R\d+|^#)/gm;
  for (const match of document.matchAll(pattern)) {
    assert.ok(!rules.has(match[1]!), `${match[1]} is defined twice`);
    rules.set(match[1]!, match[2]!);
  }
  return rules;
}

describe('docs/rulebook.md', () => {
  const rules = ruleParagraphs();

  it('defines every rule R1…R27 once, in order', () => {
    assert.deepEqual(
      [...rules.keys()],
      Array.from({ length: 27 }, (_, i) => `R${i + 1}`),
    );
  });

  it('names the source article of every rule, or marks it inferred', () => {
    for (const [id, text] of rules) {
      assert.ok(/\[00[0-4]\]|\(inferred/.test(text), `${id} cites no source`);
    }
  });

  it('lists the address of every article it cites', () => {
    for (const source of new Set(document.match(/\[00[0-4]\]/g))) {
      const definition = new RegExp(
        `^\\${source.slice(0, -1)}\\]: https://learn\\.microsoft\\.com/[a-z-]+/partner-center/`,
        'm',
      );
      assert.match(document, definition, `${source} has no address`);
    }
  });

  it('matches src/domain/rulebook.ts: the same ids, English titles, sources and inferred marks', () => {
    assert.deepEqual([...rules.keys()], ruleIds);
    for (const id of ruleIds) {
      const text = rules.get(id)!;
      const { title, sources } = rulebook[id];
      const inferred = 'inferred' in rulebook[id];
      const heading = text.slice(0, text.indexOf('**')).trim().replace(/\.$/, '');
      assert.equal(heading.replace(/ \(inferred\)$/, ''), title.en, `${id}'s title`);
      assert.equal(/\(inferred\)/.test(heading), inferred, `${id} is inferred in one and not the other`);
      const cited = [...new Set(text.match(/\[00[0-4]\]/g) ?? [])].map((s) => s.slice(1, -1)).sort();
      assert.deepEqual(cited, [...sources].sort(), `${id}'s sources`);
    }
  });
});
