import assert from 'node:assert/strict';
import { cvrFromRegisterLink } from '../../bot/domain/cvrLink.js';
import { validCvr } from '../support/companies.js';

const CVR = validCvr(101);
const INVALID = CVR.slice(0, 7) + String((Number(CVR[7]) + 1) % 10);

describe('CVR register links (cvrFromRegisterLink)', () => {
  const accepted = [
    `https://datacvr.virk.dk/enhed/virksomhed/${CVR}`,
    `https://datacvr.virk.dk/enhed/virksomhed/${CVR}/`,
    `https://www.datacvr.virk.dk/enhed/virksomhed/${CVR}`,
    `https://DATACVR.VIRK.DK/enhed/virksomhed/${CVR}`,
    `https://datacvr.virk.dk/enhed/virksomhed/${CVR}?fritekst=grenaa&sideIndex=0&size=10`,
    `https://datacvr.virk.dk/enhed/virksomhed/${CVR}#produktionsenheder`,
    `https://datacvr.virk.dk/da/enhed/virksomhed/${CVR}`,
    `http://datacvr.virk.dk/enhed/virksomhed/${CVR}`,
    `https://datacvr.virk.dk/data/visenhed?enhedstype=virksomhed&id=${CVR}`,
    `https://datacvr.virk.dk/data/visenhed?id=${CVR}&enhedstype=virksomhed&soeg=grenaa#top`,
    `https://cvr.virk.dk/enhed/virksomhed/${CVR}`,
    `  https://datacvr.virk.dk/enhed/virksomhed/${CVR}  `,
  ];
  for (const link of accepted) {
    it(`reads ${CVR} from ${link.trim()}`, () => assert.equal(cvrFromRegisterLink(link), CVR));
  }

  const refused: [string, string][] = [
    ['a look-alike host', `https://datacvr.virk.dk.evil.example/enhed/virksomhed/${CVR}`],
    ['a host that only ends like it', `https://notdatacvr.virk.dk/enhed/virksomhed/${CVR}`],
    ['credentials before the host', `https://datacvr.virk.dk@evil.example/enhed/virksomhed/${CVR}`],
    ['user info on the real host', `https://user:pw@datacvr.virk.dk/enhed/virksomhed/${CVR}`],
    ['a port', `https://datacvr.virk.dk:8443/enhed/virksomhed/${CVR}`],
    ['another scheme', `javascript://datacvr.virk.dk/enhed/virksomhed/${CVR}`],
    ['ftp', `ftp://datacvr.virk.dk/enhed/virksomhed/${CVR}`],
    ['a production unit page', 'https://datacvr.virk.dk/enhed/produktionsenhed/1012345678'],
    ['a person page', `https://datacvr.virk.dk/enhed/person/${CVR}`],
    ['a CVR with a bad check digit', `https://datacvr.virk.dk/enhed/virksomhed/${INVALID}`],
    ['nine digits', `https://datacvr.virk.dk/enhed/virksomhed/${CVR}1`],
    ['seven digits', `https://datacvr.virk.dk/enhed/virksomhed/${CVR.slice(1)}`],
    ['trailing path', `https://datacvr.virk.dk/enhed/virksomhed/${CVR}/extra`],
    ['path traversal', `https://datacvr.virk.dk/x/../enhed/virksomhed/${CVR}/..`],
    ['visenhed of a person', `https://datacvr.virk.dk/data/visenhed?enhedstype=person&id=${CVR}`],
    ['visenhed without a type', `https://datacvr.virk.dk/data/visenhed?id=${CVR}`],
    ['visenhed with two ids', `https://datacvr.virk.dk/data/visenhed?enhedstype=virksomhed&id=${CVR}&id=${validCvr(102)}`],
    ['visenhed with a non-numeric id', `https://datacvr.virk.dk/data/visenhed?enhedstype=virksomhed&id=${CVR}x`],
    ['the CVR only in the query of another page', `https://datacvr.virk.dk/soeg?cvr=${CVR}`],
    ['a bare CVR', CVR],
    ['no scheme', `datacvr.virk.dk/enhed/virksomhed/${CVR}`],
    ['an empty string', ''],
    ['a huge link', `https://datacvr.virk.dk/enhed/virksomhed/${CVR}?q=${'a'.repeat(5000)}`],
    ['garbage', 'http://[::1'],
  ];
  for (const [what, link] of refused) {
    it(`refuses ${what}`, () => assert.equal(cvrFromRegisterLink(link), null));
  }
});
