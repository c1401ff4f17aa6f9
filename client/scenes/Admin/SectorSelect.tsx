import { useTranslation } from "react-i18next";
import { SECTORS, type Sector } from "./adminApi.js";

interface SectorSelectProps {
  value: Sector | null;
  onChange(sector: Sector | null): void;
  /** Shown as the label when `visibleLabel`, else as the select's accessible name only. */
  label: string;
  visibleLabel?: boolean;
  required?: boolean;
}

/** Kommune, region/hospital, almen praksis or andet, or none: the side a seat or organisation belongs to. */
export function SectorSelect({ value, onChange, label, visibleLabel = true, required = false }: SectorSelectProps) {
  const { t } = useTranslation();
  const select = (
    <select aria-label={visibleLabel ? undefined : label} required={required} value={value ?? ""} onChange={(e) => onChange((e.target.value || null) as Sector | null)}>
      <option value="">{required ? t("admin.sector.choose") : t("admin.sector.none")}</option>
      {SECTORS.map((sector) => (
        <option key={sector} value={sector}>
          {t(`admin.sectors.${sector}`)}
        </option>
      ))}
    </select>
  );
  if (!visibleLabel) return select;
  return (
    <label className="field">
      <span>{label}</span>
      {select}
    </label>
  );
}
