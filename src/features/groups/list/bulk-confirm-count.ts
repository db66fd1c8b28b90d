/**
 * Whether what the supervisor typed is the number of groups to delete. The question shows the number
 * grouped as the language writes it (2,000; 1,00,000 in Hindi), so that form is accepted as well as the
 * bare digits; any other placing of separators is not the number shown, and is refused.
 */
export function isTypedCount(typed: string, count: number, language: string): boolean {
  const text = typed.trim();
  return text === String(count) || text === new Intl.NumberFormat(language).format(count);
}
