import type { ComponentChildren } from 'preact';

export interface CheckFieldProps {
  testId: string;
  checked: boolean;
  label: ComponentChildren;
  help: ComponentChildren;
  /** Id of the help text, which the checkbox is described by. */
  helpId: string;
  onChange: (checked: boolean) => void;
}

/** A checkbox with its label in bold and a help line under it, the help tied to the box. */
export function CheckField({ testId, checked, label, help, helpId, onChange }: CheckFieldProps) {
  return (
    <label class="check-field">
      <input
        type="checkbox"
        data-testid={testId}
        checked={checked}
        aria-describedby={helpId}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>
        <strong>{label}</strong>
        <span id={helpId} class="help">
          {help}
        </span>
      </span>
    </label>
  );
}
