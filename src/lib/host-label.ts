/**
 * The host a DeepCall base URL names, as people read it (`v4-api.deepcall.com`); `ownOrigin` is what
 * '' (this page's own origin) reads as, and a URL that does not parse is shown as typed.
 */
export function hostLabel(baseUrl: string, ownOrigin: string): string {
  if (baseUrl === '') return ownOrigin;
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}
