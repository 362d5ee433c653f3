/**
 * Dates as French editors type them in a spreadsheet cell, read into the schemas' ISO partial dates
 * (AAAA, AAAA-MM, AAAA-MM-JJ). Date cells never reach here as numbers: the reader turns them into
 * ISO text (read.ts). Whether the date exists (30 février) is the schema's rule (schemas/dates.ts).
 *
 * Accepted: JJ/MM/AAAA (also with « . » or « - », one-digit day or month), MM/AAAA, and the ISO
 * forms. Refused with a reason, never guessed: a two-digit year (« 03/05/21 »), an order that is
 * not French (« 05/23/2021 » is American), text around the date.
 */
export type DateReading = { date: string } | { error: string };

const pad = (s: string) => s.padStart(2, '0');

export function readFrenchDate(raw: string): DateReading {
  const text = raw.trim();
  if (text === '' || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) return { date: text };
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(text);
  if (m) {
    const [, day, month, year] = m as unknown as [string, string, string, string];
    if (year.length !== 4)
      return {
        error: `date « ${text} » ambiguë : l’année doit avoir 4 chiffres (JJ/MM/AAAA, par exemple 03/05/2021)`,
      };
    if (Number(month) > 12 && Number(day) <= 12)
      return {
        error: `date « ${text} » dans l’ordre mois/jour (américain) ? Écrivez-la jour/mois/année : ${pad(month)}/${pad(day)}/${year}`,
      };
    return { date: `${year}-${pad(month)}-${pad(day)}` };
  }
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return { date: `${m[2]}-${pad(m[1]!)}` };
  m = /^(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?$/.exec(text);
  if (m) return { date: m[3] ? `${m[1]}-${pad(m[2]!)}-${pad(m[3])}` : `${m[1]}-${pad(m[2]!)}` };
  return {
    error: `date « ${text} » illisible : écrivez JJ/MM/AAAA (03/05/2021), MM/AAAA, AAAA, ou utilisez une cellule de type date`,
  };
}
