import * as ACData from 'adaptivecards-templating';
import companyCard from './templates/companyCard.json';
import companyChoice from './templates/companyChoice.json';
import confirmation from './templates/confirmation.json';
import digest from './templates/digest.json';
import help from './templates/help.json';
import history from './templates/history.json';
import logContact from './templates/logContact.json';
import lookupAnswer from './templates/lookupAnswer.json';
import optOutForm from './templates/optOutForm.json';
import planPost from './templates/planPost.json';
import type {
  AnswerCardModel, ChoiceCardModel, CompanyCardModel, ConfirmationCardModel, DigestCardModel, HelpCardModel, HistoryCardModel, LogCardModel, PlanPostCardModel,
} from './viewModels.js';

/** An Adaptive Card as JSON, ready to be an attachment or an invoke response. */
export type AdaptiveCardJson = Record<string, unknown>;

const templates = {
  lookupAnswer: new ACData.Template(lookupAnswer),
  companyChoice: new ACData.Template(companyChoice),
  help: new ACData.Template(help),
  history: new ACData.Template(history),
  logContact: new ACData.Template(logContact),
  optOutForm: new ACData.Template(optOutForm),
  confirmation: new ACData.Template(confirmation),
  digest: new ACData.Template(digest),
  planPost: new ACData.Template(planPost),
  companyCard: new ACData.Template(companyCard),
};

interface Models {
  lookupAnswer: AnswerCardModel;
  companyChoice: ChoiceCardModel;
  help: HelpCardModel;
  history: HistoryCardModel;
  logContact: LogCardModel;
  optOutForm: LogCardModel;
  confirmation: ConfirmationCardModel;
  digest: DigestCardModel;
  planPost: PlanPostCardModel;
  companyCard: CompanyCardModel;
}

/** The one place a template meets its typed view model. */
export function renderCard<K extends keyof Models>(name: K, model: Models[K]): AdaptiveCardJson {
  return templates[name].expand({ $root: model }) as AdaptiveCardJson;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
