// A 1 KB prompt for the latency figures: a support e-mail with a name and an address in it.
const PARAGRAPH =
  'Hello team, after the upgrade to the new release the backup job fails every night with a timeout. ' +
  'The logs show that the database dump starts at two and stops after forty minutes without an error message. ' +
  'Could you check whether the storage quota changed? Our contact on site is Amara Okonkwo-Lindqvist, ' +
  'and replacement disks should be shipped to Keizersgracht 221, 1016 DV Amsterdam. ';

/** About 1024 characters of prompt text. */
export function sampleText1k(): string {
  let text = '';
  while (text.length < 1024) text += PARAGRAPH;
  return text.slice(0, 1024);
}
