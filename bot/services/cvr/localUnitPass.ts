import type { Company } from '../../domain/company.js';
import { sameCompany } from '../../domain/company.js';
import { parseCvrDocuments } from '../../domain/companyImport/index.js';
import { parseProductionUnits, type ProductionUnitFacts } from '../../domain/companyImport/cvrUnitParser.js';
import { companiesByCvr, unitQuery } from '../../domain/registerChanges/cvrQuery.js';
import { localUnitOwners, withUnit } from '../../domain/registerChanges/localUnits.js';
import type { SyncCheckpoint } from '../../domain/registerChanges/syncState.js';
import type { CompanyStore, UpsertSummary } from '../../store/companyStore.js';
import { chunks } from '../../util/collections.js';
import type { CompanyDirectory } from '../companyDirectory.js';
import type { CvrSource } from './cvrSource.js';

export interface LocalUnitPassDeps {
  source: CvrSource;
  companies: CompanyStore;
  directory: CompanyDirectory;
  municipalityCodes: readonly string[];
  pageSize: number;
  signal: AbortSignal;
}

/** ES 1.7's terms clause limit; also the most owners one look-up asks for. */
const OWNERS_PER_LOOKUP = 1000;

/**
 * The second half of a sync run: production units (P-enheder) in the municipality. A unit whose company is
 * registered elsewhere marks that company "P-enhed i kommunen" (the company is fetched by CVR number when
 * the register does not hold it yet); a unit that closed, moved away or changed owner takes its mark away.
 * Companies are written through CompanyStore.upsertMany like every other change of the register.
 */
export class LocalUnitPass {
  constructor(private readonly d: LocalUnitPassDeps) {}

  query(checkpoint: SyncCheckpoint): Record<string, unknown> {
    const knownPNumbers = [...localUnitOwners(this.d.directory.all()).keys()];
    return unitQuery({
      municipalityCodes: this.d.municipalityCodes,
      knownPNumbers,
      updatedSince: checkpoint.since,
      pageSize: this.d.pageSize,
      afterPNumber: checkpoint.lastPNumber,
    });
  }

  async writePage(hits: readonly unknown[]): Promise<UpsertSummary & { refused: number; lastPNumber: string | null }> {
    const { units, refused } = parseProductionUnits(hits);
    const touched = new Map<string, Company>();
    const get = (cvr: string): Company | undefined => touched.get(cvr) ?? this.d.directory.get(cvr);
    const fetched = await this.fetchOwners(units.filter((u) => this.isHere(u) && !get(u.ownerCvr)).map((u) => u.ownerCvr));
    for (const c of fetched.companies) touched.set(c.cvr, c);
    const owners = localUnitOwners(this.d.directory.all());
    for (const u of units) {
      const previous = owners.get(u.pNumber);
      const previousOwner = previous !== undefined && previous !== u.ownerCvr ? get(previous) : undefined;
      if (previousOwner) touched.set(previousOwner.cvr, withUnit(previousOwner, { ...u, active: false }, this.d.municipalityCodes));
      const owner = get(u.ownerCvr);
      if (owner) touched.set(owner.cvr, withUnit(owner, u, this.d.municipalityCodes));
    }
    const changed = [...touched.values()].filter((c) => {
      const known = this.d.directory.get(c.cvr);
      return !known || !sameCompany(known, c);
    });
    const summary = await this.d.companies.upsertAgainst(changed, (cvr) => this.d.directory.get(cvr));
    this.d.directory.apply(changed);
    const lastPNumber =
      units
        .map((u) => u.pNumber)
        .sort()
        .at(-1) ?? null;
    return { ...summary, unchanged: summary.unchanged + touched.size - changed.length, refused: refused + fetched.refused, lastPNumber };
  }

  private isHere(u: ProductionUnitFacts): boolean {
    return u.active && this.d.municipalityCodes.includes(u.address.municipalityCode ?? '');
  }

  /** Companies the register does not hold yet, by CVR number, one page per thousand. */
  private async fetchOwners(cvrs: readonly string[]): Promise<{ companies: Company[]; refused: number }> {
    const companies: Company[] = [];
    let refused = 0;
    for (const batch of chunks([...new Set(cvrs)], OWNERS_PER_LOOKUP)) {
      const page = await this.d.source.search('virksomhed', companiesByCvr(batch), this.d.signal, false);
      const parsed = parseCvrDocuments(page.hits, this.d.municipalityCodes);
      refused += parsed.errors.length;
      companies.push(...parsed.rows.map((r) => r.company));
    }
    return { companies, refused };
  }
}
