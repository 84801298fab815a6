/** The API contract (bot/contract/api.ts), as types only: the tab talks to bot/api over HTTP. */
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
} from '@contract/api';
export type { Purpose, Unit } from '@contract/api';
export type { CvrSyncStatusResponse, RegisterChangeKind, RegisterChangesResponse } from '@contract/api';
export type { ReadinessResponse } from '@contract/api';
export type { ActivityFeedChoice, ActivityFeedSettings } from '@contract/api';
export type {
  ChangeProposalStatusRequest, CompanyComment, CreateProposalRequest, EvidenceKind, FallingCompany, GroupRow, MonthFigure, ProposalListResponse,
  ProposalStatus, ProposalView, PurposeRow, Quality, QualityResponse, RatingFigure, RecommendScore, ResponseCounts, StatusChange,
} from '@contract/api';
export type { ParallelCase, SilentCompany, CoverageRow, Breach, Headline } from '@contract/api';
export type { PlanFlag, PlanReason } from '@contract/api';
export type {
  AccessLogResponse, ErasureAuditResponse, ErasurePreviewResponse, ErasureResponse, PrivacyAuditRow, RetentionDryRunResponse, RetentionResponse,
} from '@contract/api';
