/**
 * A key figure's value is a number, a text as written (« plus de 400 ») or a breakdown (an object
 * of numbers): one text box, read back as a number when it is one, as a breakdown when it is JSON
 * starting with « { », as text otherwise. Built with the React helpers the CMS exposes on window.
 */
import type CMSType from '@sveltia/cms';

type Value = number | string | Record<string, unknown>;

export function figureValueToText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value, null, 2) : String(value);
}

export function figureValueFromText(text: string): Value {
  const t = text.trim();
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(t);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // Not JSON yet (typing): keep it as text, the schema check before saving will say so.
    }
  }
  return t;
}

interface ReactGlobals {
  h: (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
  createClass: (spec: Record<string, unknown>) => unknown;
}

interface ControlThis {
  props: { value: unknown; onChange: (v: Value) => void; forID: string; classNameWrapper: string };
  state: { text: string };
  setState: (s: { text: string }) => void;
}

export function registerFigureValueField(cms: typeof CMSType): void {
  const { h, createClass } = window as unknown as ReactGlobals;
  const Control = createClass({
    getInitialState(this: ControlThis) {
      return { text: figureValueToText(this.props.value) };
    },
    render(this: ControlThis) {
      return h('textarea', {
        id: this.props.forID,
        className: this.props.classNameWrapper,
        rows: 3,
        value: this.state.text,
        onChange: (e: { target: { value: string } }) => {
          this.setState({ text: e.target.value });
          this.props.onChange(figureValueFromText(e.target.value));
        },
      });
    },
  });
  cms.registerFieldType('figure-value', Control as never);
}
