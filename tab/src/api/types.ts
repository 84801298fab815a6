/** The API contract, as types only: the tab talks to bot/api over HTTP and shares no runtime code with it. */
export type {
  ApiError, ChannelsResponse, Company, CompanyResponse, CompanySearchResponse, Contact, ExportFormat, GeneratePlanRequest,
  GeneratePlanResponse, LocalTokenRequest, LocalTokenResponse, LocalUser, MeResponse, OptOut, OptOutListResponse,
  OptOutScope, Overview, OverviewResponse, PlanItem, PlanListResponse, RegisterOptOutRequest, RevokeOptOutRequest,
  DigestTargetRequest, PostedResponse, SavedPlan, SavePlanRequest, UnitId, UnitInfo,
  CompanyFeedbackListResponse, ConfirmPendingOptOutRequest, ConfirmPendingOptOutResponse, ContactWish, CreatedFeedbackLink,
  CreateFeedbackLinkRequest, DismissPendingOptOutRequest, FeedbackLinkListResponse, FeedbackLinkView, FeedbackResponse,
  PendingOptOutListResponse,
  ContactOwner, ContactStrategy, OwnerTarget, PairWindow, SaveStrategyRequest, StrategyChange, StrategyDraft,
  StrategyHistoryResponse, StrategyResponse, StrategyVersionSummary,
} from '../../../bot/api/contract';
export type { Purpose, Unit } from '../../../bot/domain/units';
export type { CvrSyncStatusResponse, RegisterChangeKind, RegisterChangesResponse } from '../../../bot/api/registerChangeContract';
export type {
  ChangeProposalStatusRequest, CompanyComment, CreateProposalRequest, EvidenceKind, FallingCompany, GroupRow, MonthFigure, ProposalListResponse,
  ProposalStatus, ProposalView, PurposeRow, Quality, QualityResponse, RatingFigure, RecommendScore, ResponseCounts, StatusChange,
} from '../../../bot/api/contract';
export type { ParallelCase, SilentCompany, CoverageRow, Breach, Headline } from '../../../bot/domain/overview/index';
export type { PlanFlag, PlanReason } from '../../../bot/domain/planning/index';
