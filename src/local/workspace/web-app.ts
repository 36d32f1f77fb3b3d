/**
 * The event objects Apps Script hands a web app's doGet(e) and doPost(e) (guides/web, "Request parameters"): the query
 * string, its parameters (the first value of each, and every value), the path after /exec, an always empty context
 * path, the content length (-1 for a GET) and, for a POST, the body as postData. A form POST's fields
 * (application/x-www-form-urlencoded) join the query's parameters.
 */
export interface WebAppEvent {
  queryString: string | null;
  parameter: Record<string, string>;
  parameters: Record<string, string[]>;
  pathInfo?: string;
  contextPath: string;
  contentLength: number;
  postData?: { length: number; type: string; contents: string; name: 'postData' };
}

export function webAppEvent(url: URL, post?: { type: string; contents: string }): WebAppEvent {
  const query = url.search.replace(/^\?/, '');
  const pairs = [...new URLSearchParams(query)];
  if (post && /^application\/x-www-form-urlencoded\b/i.test(post.type))
    pairs.push(...new URLSearchParams(post.contents));
  const parameters: Record<string, string[]> = {};
  for (const [k, v] of pairs) (parameters[k] ??= []).push(v);
  const parameter = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, v[0]]));
  const path = /\/exec\/(.+)$/.exec(url.pathname)?.[1];
  const length = post ? Buffer.byteLength(post.contents) : -1;
  return {
    queryString: query === '' ? null : query,
    parameter,
    parameters,
    ...(path ? { pathInfo: decodeURIComponent(path) } : {}),
    contextPath: '',
    contentLength: length,
    ...(post ? { postData: { length, type: post.type, contents: post.contents, name: 'postData' as const } } : {}),
  };
}
