import type { Company } from '../../bot/domain/company.js';
import { cvrCheckDigit } from '../../bot/domain/cvr.js';

/** The n-th valid CVR number of a deterministic series (stems whose check digit would be 10 are skipped). */
export function validCvr(n: number): string {
  for (let stem = 3_000_000 + n * 7; ; stem++) {
    const digit = cvrCheckDigit(String(stem));
    if (digit !== null) return String(stem) + digit;
  }
}

export function testCompany(overrides: Partial<Company> & { cvr: string; name: string }): Company {
  return {
    pNumbers: [],
    secondaryNames: [],
    legalForm: 'ApS',
    industryCode: '016100',
    industryCodeVersion: 'DB07',
    address: { street: 'Havnevej 1', postalCode: '8500', town: 'Grenaa', municipalityCode: '707' },
    employeeBand: 'ANTAL_5_9',
    advertisingProtected: false,
    status: 'NORMAL',
    inMunicipality: true,
    fictional: true,
    ...overrides,
  };
}
