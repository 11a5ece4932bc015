/**
 * Every card the bot sends must validate against the official Adaptive Card
 * 1.5 schema, parse cleanly with the `adaptivecards` library, and stay under
 * 28 KB (Teams' message size limit).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import { repoRoot } from '../../src/repo-paths';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');

const maxCardBytes = 28 * 1024;
/** Kept in the repository (test/schemas, MIT notice there), so a clone alone runs the tests. */
const schemaPath = join(repoRoot, 'test', 'schemas', 'adaptive-card-1.5.json');

function compileSchema() {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  // The schema is draft-06 and names itself with `id`; ajv 8 wants `$id`.
  const { id, $schema: _draft, ...rest } = schema;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addMetaSchema(draft06);
  return ajv.compile({ ...rest, $id: id as string });
}

const validate = compileSchema();

export function checkCard(card: unknown, where = 'card'): void {
  const size = Buffer.byteLength(JSON.stringify(card), 'utf8');
  assert.ok(size < maxCardBytes, `${where} is ${size} bytes, over ${maxCardBytes}`);
  assert.ok(
    validate(card),
    `${where} fails the Adaptive Card 1.5 schema: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`,
  );

  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) {
    problems.push(`${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  assert.deepEqual(problems, [], `${where} does not parse cleanly with adaptivecards`);
  assert.deepEqual(repeatedLabels(card), [], `${where} repeats a label in its value`);
}

/** Fact rows whose value starts with its own title ("Severity | Severity A …"): noise a reader skips. */
export function repeatedLabels(card: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const { type, facts } = node as { type?: unknown; facts?: unknown };
    if (type === 'FactSet' && Array.isArray(facts)) {
      for (const fact of facts as { title?: unknown; value?: unknown }[]) {
        const title = String(fact.title ?? '')
          .trim()
          .toLowerCase();
        if (
          title &&
          String(fact.value ?? '')
            .trim()
            .toLowerCase()
            .startsWith(title)
        )
          found.push(`${String(fact.title)} | ${String(fact.value)}`);
      }
    }
    Object.values(node).forEach(visit);
  };
  visit(card);
  return found;
}

interface AttachmentLike {
  contentType?: string;
  content?: unknown;
}

/** The Adaptive Cards in a list of activities (checked as a side effect). */
export function cardsIn(activities: readonly { attachments?: AttachmentLike[] }[]): Record<string, unknown>[] {
  const cards: Record<string, unknown>[] = [];
  for (const activity of activities) {
    for (const attachment of activity.attachments ?? []) {
      if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') {
        checkCard(attachment.content, `card #${cards.length + 1}`);
        cards.push(attachment.content as Record<string, unknown>);
      }
    }
  }
  return cards;
}
