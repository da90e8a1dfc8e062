// A small marketing site for the sharding and cache tests: a publisher, a comparison page that names a
// competitor (site context across files), findings of every kind, a dated source, a symbolic link (a skipped
// file with its notice) and suppressions. Shaped like the mirrored sites, written for these tests.
export const SITE: Record<string, string> = {
  '.github/copydesk.yml': 'rules: [recommended]\n',
  'strategy/positioning.md': '---\ncategory: customer engagement platform\nterms: [all-in-one]\n---\n',
  '.github/CODEOWNERS': '* @acme/content\n/strategy/ @acme/strategy\n',
  'content/index.md': '---\ntitle: Acme Flow\n---\n# One inbox for every customer\n\nAcme Flow puts email, chat and SMS in one inbox. Results guaranteed.\n',
  'content/pricing.md': '---\ntitle: Pricing\n---\n# Pricing\n\nUnlimited contacts on every plan, and the cheapest plan on the market.\n',
  'content/compare/acme-vs-helpwise.md':
    '---\ntitle: Acme Flow vs Helpwise\n---\n# Acme Flow vs Helpwise\n\n| | Acme Flow | Helpwise |\n| --- | --- | --- |\n| Setup | 5 minutes | 2 days |\n\nHelpwise takes longer to set up.\n',
  'content/blog/faster-replies.md':
    '---\ntitle: Faster replies\nsources:\n  - id: survey\n    url: https://example.org/survey-2025\n    valid-until: 2099-12-31\n---\n# Faster replies\n\nOur customers reply 43% faster [^survey]. Helpwise users wait twice as long.\n\n[^survey]: Customer survey, 2025.\n',
  'content/blog/onboarding.md': '---\ntitle: Onboarding\n---\n# Onboarding\n\nAcme Flow cuts onboarding time by 43%.\n',
  'content/blog/launch.mdx': '---\ntitle: Launch\n---\nimport Hero from "../components/Hero"\n\n<Hero title="The #1 inbox for small teams" />\n\nWe are risk-free to try.\n',
  'content/blog/quiet.md': '---\ntitle: A quiet post\n---\n# Notes from the team\n\nWe moved offices this spring.\n',
  'content/blog/suppressed.md': '---\ntitle: Suppressed\n---\n<!-- copydesk-disable-next-line recommended/no-guarantees -- legal approved this wording -->\nDelivery guaranteed.\n',
  'content/docs/setup.md': '---\ntitle: Setup\n---\n# Setup\n\nInstall the app and connect your inbox.\n',
  'content/docs/faq.md': '---\ntitle: FAQ\nfaq:\n  - question: Is it fast?\n    answer: It is the fastest inbox ever built.\n---\n# FAQ\n',
  'content/customers/northwind.md': '---\ntitle: Northwind\ntype: customer-story\n---\n# Northwind\n\n"Acme Flow halved our response time," says Jo, head of support.\n',
}
