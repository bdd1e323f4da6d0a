/** Further words for documents that speak ("a draft seen by the paper says", "the joint
 * communique said", "the autopsy found"): the document is the source, not an outlet that saw
 * it nor a company that owns it. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('document words', () => {
  it.each([
    [
      'A draft seen by the Lowick Gazette says the council will cut fares.',
      'A draft seen by the Lowick Gazette',
    ],
    ['The joint communique said the two towns would share the ferry.', 'The joint communique'],
    [
      "The council's announcement said the ferry would run all winter.",
      "The council's announcement",
    ],
    [
      "The ferry company's prospectus says the shares carry no vote.",
      "The ferry company's prospectus",
    ],
    ['The dossier alleges that the harbour master took bribes.', 'The dossier'],
    ['The autopsy found that the sailor died of a heart attack.', 'The autopsy'],
    ['A leaked recording shows the mayor asking for money.', 'A leaked recording'],
    [
      'A memorandum sent to staff said the office in Lowick would close.',
      'A memorandum sent to staff',
    ],
    [
      "The harbour master's financial disclosure shows that he owns two boats.",
      "The harbour master's financial disclosure",
    ],
  ])('%s', (text, source) => {
    expect(onlyClaim(text, 'en')?.source).toMatchObject({ kind: 'document', text: source });
  });
});

describe('tests as a document', () => {
  it.each([
    ['Tests showed that the pistol had been fired that week.', 'Tests'],
    ['Lab tests found the well water was safe to drink.', 'Lab tests'],
  ])('%s', (text, source) => {
    expect(onlyClaim(text, 'en')?.source).toMatchObject({ text: source, kind: 'document' });
  });
});
