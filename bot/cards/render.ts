import * as ACData from 'adaptivecards-templating';
import companyChoice from './templates/companyChoice.json';
import help from './templates/help.json';
import history from './templates/history.json';
import lookupAnswer from './templates/lookupAnswer.json';
import type { AnswerCardModel, ChoiceCardModel, HelpCardModel, HistoryCardModel } from './viewModels.js';

/** An Adaptive Card as JSON, ready to be an attachment or an invoke response. */
export type AdaptiveCardJson = Record<string, unknown>;

const templates = {
  lookupAnswer: new ACData.Template(lookupAnswer),
  companyChoice: new ACData.Template(companyChoice),
  help: new ACData.Template(help),
  history: new ACData.Template(history),
};

interface Models {
  lookupAnswer: AnswerCardModel;
  companyChoice: ChoiceCardModel;
  help: HelpCardModel;
  history: HistoryCardModel;
}

/** The one place a template meets its typed view model. */
export function renderCard<K extends keyof Models>(name: K, model: Models[K]): AdaptiveCardJson {
  return templates[name].expand({ $root: model }) as AdaptiveCardJson;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
