// Second-level public suffixes under which a registrable domain has three labels (bbc.co.uk).
// A compact list of the common ones, so that no public-suffix download is needed at run time.
const MULTI_LABEL_SUFFIXES = new Set([
  "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "ltd.uk", "plc.uk", "com.au", "net.au", "org.au", "edu.au", "gov.au",
  "co.nz", "org.nz", "govt.nz", "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp", "co.kr", "or.kr", "go.kr", "com.cn", "net.cn",
  "org.cn", "gov.cn", "edu.cn", "com.hk", "com.tw", "com.sg", "gov.sg", "edu.sg", "co.in", "gov.in", "org.in", "ac.in",
  "com.br", "gov.br", "org.br", "com.mx", "com.ar", "co.za", "org.za", "gov.za", "com.tr", "co.il", "org.il", "gov.il",
  "com.my", "com.ph", "com.vn", "co.id", "or.id", "go.id", "com.pk", "com.ng", "com.eg", "com.sa", "gov.sa", "co.ke",
  "europa.eu",
]);

/** The registrable domain of a host name: "newsroom.arm.com" -> "arm.com", "www.bbc.co.uk" -> "bbc.co.uk". */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  if (/^[\d.]+$/.test(host) || host.includes(":")) return host;
  const labels = host.split(".");
  if (labels.length <= 2) return host;
  const lastTwo = labels.slice(-2).join(".");
  return MULTI_LABEL_SUFFIXES.has(lastTwo) ? labels.slice(-3).join(".") : lastTwo;
}
