/**
 * GET /api/tab/activity-feed → ActivityFeedSettings (the caller's own choice; everyone may ask);
 * PUT /api/tab/activity-feed with ActivityFeedChoice → ActivityFeedSettings.
 */
export interface ActivityFeedChoice {
  /** "Giv mig besked i aktivitetsfeedet": plan items given to me by name, and opt-outs of companies I contacted. */
  notify: boolean;
  /** Also plan items given to my unit without a name. */
  unitItems: boolean;
}

export interface ActivityFeedSettings extends ActivityFeedChoice {
  /** Whether this server can send notices at all (Microsoft Graph configured); the choice is kept either way. */
  available: boolean;
}
