/**
 * VrproduktionsEnhed documents (type produktionsenhed under the cvr-permanent alias) → the production unit
 * facts the register needs: its P-number, the company it belongs to, where it is, and whether it still
 * operates. Field paths are the service's (pNummer, virksomhedsrelation[].cvrNummer, beliggenhedsadresse,
 * produktionsEnhedMetadata.nyeste*).
 */
import type { CompanyAddress } from '../company.js';
import { asObj, currentAddress, isCurrent, isObj, list, newest, text, type Obj } from './cvrJsonParser.js';
import { isCeased } from '../registerChanges/changes.js';
import { readCvr, readPNumbers, type Issues } from './rules.js';

export interface ProductionUnitFacts {
  pNumber: string;
  ownerCvr: string;
  address: CompanyAddress;
  /** False once the unit has ceased (its life span closed, or a ceased status). */
  active: boolean;
}

export interface ParsedUnits {
  units: ProductionUnitFacts[];
  /** Documents that could not be read (nothing of them is used). */
  refused: number;
}

function unwrapUnit(v: unknown): Obj | undefined {
  if (!isObj(v)) return undefined;
  if (isObj(v.VrproduktionsEnhed)) return v.VrproduktionsEnhed;
  return isObj(v._source) ? unwrapUnit(v._source) : undefined;
}

function toUnit(unit: Obj, issues: Issues): ProductionUnitFacts {
  const meta = asObj(unit.produktionsEnhedMetadata);
  const [pNumber = ''] = readPNumbers([text(unit.pNummer)], issues);
  if (pNumber === '') issues.push('P-nummeret mangler');
  const owner = text(meta.nyesteCvrNummerRelation) || text(asObj(newest(list(unit.virksomhedsrelation))).cvrNummer);
  const span = list(unit.livsforloeb);
  const closed = span.length > 0 && !span.some(isCurrent);
  return {
    pNumber,
    ownerCvr: readCvr(owner, issues),
    address: currentAddress(unit, meta, issues),
    active: !closed && !isCeased(text(meta.sammensatStatus)),
  };
}

export function parseProductionUnits(hits: readonly unknown[]): ParsedUnits {
  const units: ProductionUnitFacts[] = [];
  let refused = 0;
  for (const hit of hits) {
    const unit = unwrapUnit(hit);
    const issues: Issues = [];
    const parsed = unit === undefined ? undefined : toUnit(unit, issues);
    if (parsed === undefined || issues.length > 0) refused++;
    else units.push(parsed);
  }
  return { units, refused };
}
