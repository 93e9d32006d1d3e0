/**
 * Template fields that carry a secret: a working application link opens the applicant's
 * application, so only the applicant may ever see it. Staff, exports and a copy of the database
 * get the message without them; the provider gets them once, when the message is sent.
 */
export const SECRET_TEMPLATE_FIELDS: readonly string[] = ['link'];

export const WITHHELD = 'withheld: only the applicant is sent this';

/** The values filled into a message, each secret replaced by a note that it was withheld. */
export function withholdSecrets(personalisation: Readonly<Record<string, string>>): Record<string, string> {
  const shown: Record<string, string> = { ...personalisation };
  for (const field of SECRET_TEMPLATE_FIELDS) if (field in shown) shown[field] = WITHHELD;
  return shown;
}
