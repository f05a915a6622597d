// The .ftl files are shared with Rust. These tests read them from disk, independent of the
// bundling in i18n.svelte.ts, and check them with the reference Fluent parser.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, Junk, Message, Term, Visitor, type Resource, VariableReference } from '@fluent/syntax';

const LOCALES_DIR = resolve(__dirname, '../../locales');
const SRC_DIR = resolve(__dirname, '../src');
const LOCALES = ['de', 'en', 'tr', 'ar', 'uk'];
const RESERVED_PREFIXES = [
  'site-kind-', 'contact-kind-', 'topic-', 'age-band-', 'gender-', 'role-', 'locale-name-', 'error-',
  'marker-', 'consent-scope-', 'consent-form-', 'partner-kind-', 'referral-status-', 'activity-kind-', 'outcome-',
  'employment-', 'education-', 'household-', 'retention-category-', 'audit-action-', 'audit-entity-', 'weekday-',
  'person-status-', 'label-', 'auskunft-',
];

function readUi(locale: string): Resource {
  return parse(readFileSync(join(LOCALES_DIR, locale, 'ui.ftl'), 'utf8'), { withSpans: true });
}

function messages(resource: Resource): Message[] {
  return resource.body.filter((entry): entry is Message => entry instanceof Message);
}

class VariableCollector extends Visitor {
  names = new Set<string>();
  visitVariableReference(node: VariableReference) {
    this.names.add(node.id.name);
  }
}

function variables(message: Message): string[] {
  const collector = new VariableCollector();
  collector.visit(message);
  return [...collector.names].sort();
}

const deIds = messages(readUi('de')).map((m) => m.id.name);

/** Message ids of all .ftl files of a locale except ui.ftl. */
function otherIds(locale: string): string[] {
  return readdirSync(join(LOCALES_DIR, locale))
    .filter((name) => name.endsWith('.ftl') && name !== 'ui.ftl')
    .flatMap((name) => messages(parse(readFileSync(join(LOCALES_DIR, locale, name), 'utf8'), {})).map((m) => m.id.name));
}

function allIds(locale: string): string[] {
  return [...messages(readUi(locale)).map((m) => m.id.name), ...otherIds(locale)];
}

// The vocabulary of docs/IPC.md, which the UI renders as `<prefix>-<id>`.
const VOCABULARY: Record<string, string[]> = {
  'site-kind': ['kita', 'fruehe-hilfen', 'schule', 'arztpraxis', 'quartierszentrum', 'beratungsstelle', 'jobcenter', 'oeffentlicher-raum', 'sonstiges'],
  'contact-kind': ['erstkontakt', 'folgekontakt', 'beratung', 'begleitung', 'kurzkontakt', 'telefonat', 'gruppenangebot', 'netzwerkkontakt'],
  topic: ['einsamkeit', 'wohnen', 'arbeit', 'gesundheit', 'finanzen', 'familie', 'sprache', 'behoerden', 'freizeit', 'sonstiges'],
  'age-band': ['unter-18', '18-29', '30-54', '55-64', 'ab-65', 'unbekannt'],
  gender: ['weiblich', 'maennlich', 'divers', 'keine-angabe'],
  role: ['worker', 'lead', 'volunteer'],
  'locale-name': LOCALES,
  marker: ['wohnungslos', 'grundsicherung', 'alleinerziehend', 'fluchterfahrung', 'behinderung', 'einsam', 'drittstaatsangehoerig', 'migrationshintergrund', 'minderheit'],
  'consent-scope': ['documentation', 'forwarding', 'participant-reporting'],
  'consent-form': ['written', 'verbal'],
  'partner-kind': ['quartiersmanagement', 'verein', 'religionsgemeinschaft', 'beratungsstelle', 'gesundheit', 'jobcenter', 'behoerde', 'foerderer', 'sonstiges'],
  'referral-status': ['vorgeschlagen', 'vereinbart', 'wahrgenommen', 'nicht-wahrgenommen', 'abgebrochen'],
  'activity-kind': ['repair-cafe', 'urban-gardening', 'garten-cafe', 'kompetenztraining', 'coaching', 'netzwerktreffen', 'sonstiges'],
  outcome: ['informiert', 'beraten', 'vermittelt', 'begleitet', 'termin-vereinbart', 'kein-bedarf', 'sonstiges'],
  employment: ['erwerbstaetig', 'arbeitslos', 'langzeitarbeitslos', 'nicht-erwerbstaetig', 'in-ausbildung'],
  education: ['isced-0-2', 'isced-3-4', 'isced-5-8'],
  household: ['alleinlebend', 'alleinerziehend', 'erwerbsloser-haushalt', 'sonstiger', 'keine-angabe'],
  'retention-category': ['closed-persons', 'notes', 'done-followups', 'closed-referrals'],
  'audit-action': ['init', 'create', 'update', 'delete', 'view', 'unlock', 'recover', 'search', 'export', 'erase'],
  'audit-entity': ['store', 'worker', 'site', 'visit-slot', 'partner', 'person', 'consent', 'contact', 'referral', 'activity', 'followup', 'note', 'retention'],
  weekday: ['1', '2', '3', '4', '5', '6', '7'],
  'person-status': ['active', 'closed'],
};

describe('locales/*/ui.ftl', () => {
  it.each(LOCALES)('%s/ui.ftl parses without errors', (locale) => {
    const resource = readUi(locale);
    const junk = resource.body.filter((entry) => entry instanceof Junk) as Junk[];
    expect(junk.map((j) => `${j.annotations.map((a) => a.message).join('; ')}: ${j.content}`)).toEqual([]);
    expect(resource.body.filter((entry) => entry instanceof Term)).toEqual([]);
    const ids = messages(resource).map((m) => m.id.name);
    expect(new Set(ids).size).toBe(ids.length);
    for (const message of messages(resource)) {
      expect(message.value, `${locale}: ${message.id.name} has a value`).not.toBeNull();
    }
  });

  it.each(LOCALES)('%s/ui.ftl has exactly the ids of de/ui.ftl', (locale) => {
    const ids = messages(readUi(locale)).map((m) => m.id.name);
    expect([...ids].sort()).toEqual([...deIds].sort());
  });

  it.each(LOCALES)('%s/ui.ftl uses the same variables per message as de', (locale) => {
    const de = new Map(messages(readUi('de')).map((m) => [m.id.name, variables(m)]));
    for (const message of messages(readUi(locale))) {
      expect(variables(message), `${locale}: ${message.id.name}`).toEqual(de.get(message.id.name));
    }
  });

  it('ui.ftl ids are kebab-case and leave the common/errors prefixes alone', () => {
    expect(deIds.length).toBeGreaterThan(50);
    for (const id of deIds) {
      expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(RESERVED_PREFIXES.some((p) => id.startsWith(p)), id).toBe(false);
    }
  });

  it.each(LOCALES)('%s/ui.ftl ids do not collide with the other .ftl files of the locale', (locale) => {
    const others = new Set(otherIds(locale));
    expect(messages(readUi(locale)).map((m) => m.id.name).filter((id) => others.has(id))).toEqual([]);
  });

  it.each(LOCALES)('%s has a message for every vocabulary id the UI shows', (locale) => {
    const ids = new Set(allIds(locale));
    const missing = Object.entries(VOCABULARY).flatMap(([prefix, list]) =>
      list.map((id) => `${prefix}-${id}`).filter((id) => !ids.has(id)),
    );
    expect(missing).toEqual([]);
  });

  it('every message id the UI code names exists in de/ui.ftl, and every de/ui.ftl id is used', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|svelte)$/.test(name)) files.push(path);
      }
    };
    walk(SRC_DIR);
    const source = files.map((f) => readFileSync(f, 'utf8')).join('\n');

    const named = new Set<string>();
    // t('id'), tIn(locale, 'id'), uiError('id'), and the "not set" choice of a VocabularySelect.
    for (const re of [/\bt\(\s*'([^']+)'/g, /\btIn\([^,]+,\s*'([^']+)'/g, /\buiError\(\s*'([^']+)'/g, /\bunset="([^"]+)"/g]) {
      for (const m of source.matchAll(re)) named.add(m[1]);
    }
    expect(named.size).toBeGreaterThan(40);
    // Ids from ui.ftl, and the few the UI takes from errors.ftl/common.ftl (e.g. error-passphrase-mismatch).
    const known = new Set(allIds('de'));
    const missing = [...named].filter((id) => !known.has(id));
    expect(missing).toEqual([]);

    const unused = deIds.filter((id) => !source.includes(`'${id}'`) && !source.includes(`unset="${id}"`));
    expect(unused).toEqual([]);
  });
});
