/**
 * Visible words on a translated screen come from the message catalogs (src/i18n/README.md): text
 * between JSX tags, and the props a person reads or hears (label, title, placeholder, aria-label…),
 * may not be written as literals there. Names, numbers and punctuation pass; a literal that is the
 * same in every language (an address) is marked with an eslint-disable comment saying so.
 */
const VISIBLE_PROPS = new Set([
  'label',
  'title',
  'placeholder',
  'description',
  'error',
  'message',
  'alt',
  'aria-label',
  'aria-description',
  'aria-valuetext',
]);
const WORDS = /\p{L}/u;

/** The literal text a JSX attribute value is, when it is one ("x", {'x'}, {`x ${y}`}). */
function literalText(value) {
  if (!value) return undefined;
  if (value.type === 'Literal') return typeof value.value === 'string' ? value.value : undefined;
  if (value.type !== 'JSXExpressionContainer') return undefined;
  const { expression } = value;
  if (expression.type === 'Literal' && typeof expression.value === 'string') return expression.value;
  if (expression.type === 'TemplateLiteral') return expression.quasis.map((quasi) => quasi.value.cooked ?? '').join(' ');
  return undefined;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Visible text on translated screens comes from the message catalogs.' },
    schema: [],
    messages: {
      text: 'Visible text "{{text}}" is not from the catalogs: add it to src/i18n/messages/en and hi, and use t().',
      prop: 'The {{prop}} "{{text}}" is not from the catalogs: add it to src/i18n/messages/en and hi, and use t().',
    },
  },
  create(context) {
    return {
      JSXText(node) {
        const text = node.value.trim();
        if (WORDS.test(text)) context.report({ node, messageId: 'text', data: { text: text.slice(0, 40) } });
      },
      JSXAttribute(node) {
        const prop = typeof node.name.name === 'string' ? node.name.name : '';
        if (!VISIBLE_PROPS.has(prop)) return;
        const text = literalText(node.value);
        if (text !== undefined && WORDS.test(text)) context.report({ node, messageId: 'prop', data: { prop, text: text.slice(0, 40) } });
      },
    };
  },
};
