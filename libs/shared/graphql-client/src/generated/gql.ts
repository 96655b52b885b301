/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Health {\n  health {\n    status\n    postgres\n    meilisearch\n  }\n}": typeof types.HealthDocument,
    "query Me {\n  me {\n    id\n    email\n    displayName\n    role\n  }\n}\n\nmutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    id\n    displayName\n    role\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input)\n}\n\nmutation ConfirmSignUp($token: String!, $password: String!) {\n  confirmSignUp(token: $token, password: $password) {\n    id\n    displayName\n    role\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nmutation SignOutEverywhere {\n  signOutEverywhere\n}\n\nmutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}\n\nmutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    id\n  }\n}\n\nmutation DeleteMyAccount($password: String!) {\n  deleteMyAccount(password: $password)\n}\n\nquery MyPage {\n  myCommunityGroups {\n    id\n    name\n    kind\n    ward\n    area\n    status\n  }\n  myNpoClaims {\n    id\n    npoId\n    npoName\n    status\n    createdAt\n  }\n}\n\nmutation RegisterCommunityGroup($input: RegisterCommunityGroupInput!) {\n  registerCommunityGroup(input: $input) {\n    id\n    name\n    status\n  }\n}\n\nmutation ClaimNpo($npoId: ID!, $message: String!) {\n  claimNpo(npoId: $npoId, message: $message) {\n    id\n    status\n  }\n}\n\nmutation UpdateNpoProfile($npoId: ID!, $input: UpdateNpoProfileInput!) {\n  updateNpoProfile(npoId: $npoId, input: $input) {\n    id\n    profile {\n      introduction\n      helpKinds\n      areas\n      contactForGroups\n      website\n      printConsent\n    }\n  }\n}\n\nquery StaffDesk {\n  pendingCommunityGroups {\n    id\n    name\n    kind\n    ward\n    area\n    representativeName\n    contactPhone\n    contactEmail\n    createdAt\n  }\n  pendingNpoClaims {\n    id\n    npoId\n    npoName\n    message\n    claimantName\n    claimantEmail\n    createdAt\n  }\n  auditLog(limit: 30) {\n    at\n    action\n    targetType\n    targetId\n    detail\n  }\n}\n\nmutation ApproveCommunityGroup($id: ID!, $approve: Boolean!) {\n  approveCommunityGroup(id: $id, approve: $approve) {\n    id\n    status\n  }\n}\n\nmutation DecideNpoClaim($claimId: ID!, $approve: Boolean!) {\n  decideNpoClaim(claimId: $claimId, approve: $approve) {\n    id\n    status\n  }\n}\n\nmutation InviteToCommunityGroup($groupId: ID!) {\n  inviteToCommunityGroup(groupId: $groupId) {\n    url\n    expiresAt\n  }\n}\n\nmutation JoinCommunityGroup($token: String!) {\n  joinCommunityGroup(token: $token) {\n    id\n    name\n  }\n}": typeof types.MeDocument,
    "query ClaimCodePreview($code: String!) {\n  claimCodePreview(code: $code) {\n    npoId\n    npoName\n    npoWard\n    waitingRequests\n  }\n}": typeof types.ClaimCodePreviewDocument,
    "mutation ClaimNpoWithCode($code: String!) {\n  claimNpoWithCode(code: $code) {\n    npoId\n    npoName\n    waitingRequests {\n      ...IntroductionRequestSummary\n    }\n  }\n}": typeof types.ClaimNpoWithCodeDocument,
    "fragment MarcheApplicationItem on MarcheApplication {\n  id\n  eventId\n  npoId\n  npoName\n  boothType\n  title\n  description\n  status\n  waitlistPosition\n  reviewReason\n  createdAt\n}": typeof types.MarcheApplicationItemFragmentDoc,
    "fragment MarcheEventSummary on MarcheEvent {\n  id\n  name\n  eventDate\n  venue\n  open\n  applyFrom\n  applyUntil\n}": typeof types.MarcheEventSummaryFragmentDoc,
    "fragment MarcheLayoutGrid on MarcheLayout {\n  rows\n  cols\n  cells {\n    id\n    row\n    col\n    kind\n    number\n    exhibitor\n  }\n}": typeof types.MarcheLayoutGridFragmentDoc,
    "mutation ApplyToMarche($input: ApplyToMarcheInput!) {\n  applyToMarche(input: $input) {\n    ...MarcheApplicationItem\n  }\n}": typeof types.ApplyToMarcheDocument,
    "mutation AssignBooth($applicationId: ID!, $boothId: String) {\n  assignBooth(applicationId: $applicationId, boothId: $boothId) {\n    ...MarcheApplicationItem\n  }\n}": typeof types.AssignBoothDocument,
    "mutation AutoAssignBooths($eventId: ID!) {\n  autoAssignBooths(eventId: $eventId) {\n    ...MarcheLayoutGrid\n  }\n}": typeof types.AutoAssignBoothsDocument,
    "mutation CreateMarcheEvent($input: CreateMarcheEventInput!) {\n  createMarcheEvent(input: $input) {\n    id\n  }\n}": typeof types.CreateMarcheEventDocument,
    "mutation InviteToMarche($eventId: ID!, $npoId: ID!) {\n  inviteToMarche(eventId: $eventId, npoId: $npoId)\n}": typeof types.InviteToMarcheDocument,
    "mutation MessageMarcheApplicant($applicationId: ID!, $body: String!) {\n  messageMarcheApplicant(applicationId: $applicationId, body: $body)\n}": typeof types.MessageMarcheApplicantDocument,
    "mutation ReviewMarcheApplication($id: ID!, $decision: MarcheDecision!, $reason: String) {\n  reviewMarcheApplication(id: $id, decision: $decision, reason: $reason) {\n    ...MarcheApplicationItem\n  }\n}": typeof types.ReviewMarcheApplicationDocument,
    "mutation SetMarcheLayout($eventId: ID!, $input: MarcheLayoutInput!) {\n  setMarcheLayout(eventId: $eventId, input: $input) {\n    rows\n    cols\n  }\n}": typeof types.SetMarcheLayoutDocument,
    "mutation UpdateMarcheApplication($id: ID!, $input: UpdateMarcheApplicationInput!) {\n  updateMarcheApplication(id: $id, input: $input) {\n    ...MarcheApplicationItem\n  }\n}": typeof types.UpdateMarcheApplicationDocument,
    "mutation WishToMeetAtMarche($eventId: ID!, $npoId: ID!, $groupId: ID!, $wish: Boolean!) {\n  wishToMeetAtMarche(\n    eventId: $eventId\n    npoId: $npoId\n    groupId: $groupId\n    wish: $wish\n  )\n}": typeof types.WishToMeetAtMarcheDocument,
    "mutation WithdrawMarcheApplication($id: ID!) {\n  withdrawMarcheApplication(id: $id) {\n    ...MarcheApplicationItem\n  }\n}": typeof types.WithdrawMarcheApplicationDocument,
    "query MarcheApplications($eventId: ID!) {\n  marcheApplications(eventId: $eventId) {\n    ...MarcheApplicationItem\n  }\n}": typeof types.MarcheApplicationsDocument,
    "query MarcheEvent($id: ID!) {\n  marcheEvent(id: $id) {\n    ...MarcheEventSummary\n    description\n    questions\n    boothTypes {\n      id\n      code\n      name\n      capacity\n      taken\n      waitlisted\n      slotMinutes\n    }\n    layout {\n      ...MarcheLayoutGrid\n    }\n    exhibitors {\n      npoId\n      npoName\n      title\n      description\n      boothType\n      boothTypeName\n      boothNumber\n      stageTime\n    }\n  }\n}": typeof types.MarcheEventDocument,
    "query MarcheEvents {\n  marcheEvents {\n    ...MarcheEventSummary\n  }\n}": typeof types.MarcheEventsDocument,
    "query MarcheInvitationCandidates($eventId: ID!) {\n  marcheInvitationCandidates(eventId: $eventId, limit: 30) {\n    npoId\n    npoName\n    ward\n    score\n    reasons\n    claimed\n    invited\n  }\n}": typeof types.MarcheInvitationCandidatesDocument,
    "query MarcheMeetingWishes($eventId: ID!) {\n  marcheMeetingWishes(eventId: $eventId) {\n    npoId\n    npoName\n    groupId\n    groupName\n    groupWard\n  }\n}": typeof types.MarcheMeetingWishesDocument,
    "fragment IntroductionRequestSummary on IntroductionRequest {\n  id\n  needId\n  needTitle\n  needWard\n  npoId\n  npoName\n  groupName\n  groupWard\n  status\n  statusLabel\n  nextStep\n  route\n  requestedAt\n  forwardedAt\n  remindedAt\n  closedAt\n  closeReason\n  offerId\n}": typeof types.IntroductionRequestSummaryFragmentDoc,
    "fragment NeedCard on Need {\n  id\n  title\n  helpKind\n  ward\n  place\n  startsOn\n  endsOn\n  deadline\n  status\n  offerCount\n  fields\n  publishedAt\n  group {\n    id\n    name\n    ward\n  }\n}": typeof types.NeedCardFragmentDoc,
    "fragment NeedDetail on Need {\n  ...NeedCard\n  description\n  peopleNeeded\n  honorarium\n  template\n  hidden\n  hiddenReason\n  report\n  viewerCanEdit\n  createdAt\n  group {\n    id\n    name\n    kind\n    ward\n    area\n  }\n}": typeof types.NeedDetailFragmentDoc,
    "fragment OfferSummary on Offer {\n  id\n  needId\n  needTitle\n  groupName\n  message\n  status\n  viewerSide\n  unreadCount\n  createdAt\n  npo {\n    id\n    name\n    ward\n    fields\n    profile {\n      introduction\n      helpKinds\n    }\n  }\n}": typeof types.OfferSummaryFragmentDoc,
    "fragment OfferThread on Offer {\n  ...OfferSummary\n  decidedAt\n  messages {\n    id\n    body\n    senderSide\n    senderName\n    mine\n    createdAt\n  }\n  contacts {\n    groupName\n    groupRepresentative\n    groupPhone\n    groupEmail\n    npoPeople {\n      name\n      email\n    }\n    npoContact\n  }\n}": typeof types.OfferThreadFragmentDoc,
    "mutation CloseNeed($id: ID!, $outcome: NeedOutcome!, $report: String) {\n  closeNeed(id: $id, outcome: $outcome, report: $report) {\n    ...NeedDetail\n  }\n}": typeof types.CloseNeedDocument,
    "mutation HideNeed($id: ID!, $hidden: Boolean!, $reason: String) {\n  hideNeed(id: $id, hidden: $hidden, reason: $reason) {\n    ...NeedDetail\n  }\n}": typeof types.HideNeedDocument,
    "mutation MarkOfferRead($offerId: ID!) {\n  markOfferRead(offerId: $offerId) {\n    id\n    unreadCount\n  }\n}": typeof types.MarkOfferReadDocument,
    "mutation OfferHelp($needId: ID!, $npoId: ID!, $message: String!) {\n  offerHelp(needId: $needId, npoId: $npoId, message: $message) {\n    ...OfferSummary\n  }\n}": typeof types.OfferHelpDocument,
    "mutation PostNeed($input: PostNeedInput!) {\n  postNeed(input: $input) {\n    ...NeedDetail\n  }\n}": typeof types.PostNeedDocument,
    "mutation PublishNeed($id: ID!) {\n  publishNeed(id: $id) {\n    ...NeedDetail\n  }\n}": typeof types.PublishNeedDocument,
    "mutation RequestIntroduction($needId: ID!, $npoId: ID!) {\n  requestIntroduction(needId: $needId, npoId: $npoId) {\n    ...IntroductionRequestSummary\n  }\n}": typeof types.RequestIntroductionDocument,
    "mutation RespondToOffer($offerId: ID!, $accept: Boolean!) {\n  respondToOffer(offerId: $offerId, accept: $accept) {\n    ...OfferThread\n  }\n}": typeof types.RespondToOfferDocument,
    "mutation SendMessage($offerId: ID!, $body: String!) {\n  sendMessage(offerId: $offerId, body: $body) {\n    id\n    body\n    senderSide\n    senderName\n    mine\n    createdAt\n  }\n}": typeof types.SendMessageDocument,
    "mutation UpdateNeed($id: ID!, $input: NeedDraftFields!) {\n  updateNeed(id: $id, input: $input) {\n    ...NeedDetail\n  }\n}": typeof types.UpdateNeedDocument,
    "mutation WithdrawOffer($offerId: ID!) {\n  withdrawOffer(offerId: $offerId) {\n    ...OfferSummary\n  }\n}": typeof types.WithdrawOfferDocument,
    "query MyNeedsPage {\n  myCommunityGroups {\n    id\n  }\n  myNeeds {\n    ...NeedCard\n  }\n  myOffers {\n    id\n    needId\n    needTitle\n    groupName\n    status\n    unreadCount\n    createdAt\n    npo {\n      id\n      name\n    }\n  }\n  myNpoClaims {\n    id\n    npoId\n    npoName\n    status\n  }\n}": typeof types.MyNeedsPageDocument,
    "query NeedForm {\n  myCommunityGroups {\n    id\n    name\n    ward\n    status\n  }\n}": typeof types.NeedFormDocument,
    "query NeedIntroductions($needId: ID!) {\n  needIntroductions(needId: $needId) {\n    ...IntroductionRequestSummary\n  }\n}": typeof types.NeedIntroductionsDocument,
    "query NeedMatches($needId: ID!) {\n  matchNposForNeed(needId: $needId, limit: 5) {\n    score\n    reasons\n    npo {\n      id\n      name\n      ward\n      claimed\n      fields\n      profile {\n        introduction\n        helpKinds\n      }\n    }\n  }\n}": typeof types.NeedMatchesDocument,
    "query Need($id: ID!) {\n  need(id: $id) {\n    ...NeedDetail\n    offers {\n      ...OfferSummary\n    }\n  }\n}": typeof types.NeedDocument,
    "query NpoName($id: ID!) {\n  npo(id: $id) {\n    id\n    name\n    ward\n    viewerCanEdit\n  }\n}": typeof types.NpoNameDocument,
    "query Offer($id: ID!) {\n  offer(id: $id) {\n    ...OfferThread\n  }\n}": typeof types.OfferDocument,
    "query RecommendedNeeds($npoId: ID!) {\n  recommendedNeedsForNpo(npoId: $npoId, limit: 5) {\n    score\n    reasons\n    need {\n      ...NeedCard\n    }\n  }\n}": typeof types.RecommendedNeedsDocument,
    "query SearchNeeds($input: SearchNeedsInput!) {\n  searchNeeds(input: $input) {\n    total\n    hits {\n      ...NeedCard\n    }\n  }\n}": typeof types.SearchNeedsDocument,
    "query StaffNeeds($ward: String, $unansweredOnly: Boolean!) {\n  staffNeeds(ward: $ward, unansweredOnly: $unansweredOnly) {\n    ...NeedCard\n    hidden\n  }\n}": typeof types.StaffNeedsDocument,
    "query UnreadNotificationCount {\n  unreadNotificationCount\n}\n\nquery Notifications {\n  notifications(limit: 50) {\n    id\n    title\n    body\n    link\n    read\n    createdAt\n  }\n  mailPreference\n}\n\nmutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}\n\nmutation SetMailPreference($preference: MailPreference!) {\n  setMailPreference(preference: $preference)\n}": typeof types.UnreadNotificationCountDocument,
    "mutation ConfirmNpoEntry($npoId: ID!, $outcome: NpoEntryOutcome!, $note: String) {\n  confirmNpoEntry(npoId: $npoId, outcome: $outcome, note: $note) {\n    id\n    npoId\n    outcome\n    note\n    createdAt\n  }\n}": typeof types.ConfirmNpoEntryDocument,
    "query Npo($id: ID!) {\n  npo(id: $id) {\n    id\n    corporateNumber\n    name\n    nameKana\n    jurisdiction\n    prefecture\n    city\n    ward\n    address\n    postalCode\n    representative\n    authorizedOn\n    establishedOn\n    purpose\n    programmes\n    fields\n    certified\n    certification {\n      kind\n      startOn\n      endOn\n      current\n    }\n    supervision\n    dissolution\n    status\n    portalUrl\n    claimed\n    viewerCanEdit\n    inCity\n    updatedAt\n    profile {\n      introduction\n      helpKinds\n      areas\n      contactForGroups\n      website\n      socialLinks\n      photoUrl\n    }\n  }\n}": typeof types.NpoDocument,
    "query SearchNpos($input: SearchNposInput!) {\n  searchNpos(input: $input) {\n    total\n    page\n    pageSize\n    hits {\n      npo {\n        id\n        name\n        nameKana\n        ward\n        city\n        fields\n        certified\n        status\n        purpose\n        programmes\n        claimed\n      }\n      highlights {\n        field\n        snippet\n      }\n    }\n    facets {\n      wards {\n        value\n        count\n      }\n      fields {\n        value\n        count\n      }\n    }\n  }\n}": typeof types.SearchNposDocument,
    "query WaitingIntroductionsForNpo($npoId: ID!) {\n  waitingIntroductionsForNpo(npoId: $npoId) {\n    ...IntroductionRequestSummary\n  }\n}": typeof types.WaitingIntroductionsForNpoDocument,
    "fragment DataBookJobFields on DataBookJob {\n  id\n  status\n  progress\n  downloadUrl\n  npos\n  pages\n  bytes\n  error\n  summary\n  createdAt\n  finishedAt\n}\n\nquery DataBookPreview($input: GenerateDataBookInput!) {\n  dataBookPreview(input: $input) {\n    npos\n    pages\n  }\n}\n\nquery DataBookJobs {\n  dataBookJobs {\n    ...DataBookJobFields\n  }\n}\n\nquery DataBookJob($id: ID!) {\n  dataBookJob(id: $id) {\n    ...DataBookJobFields\n  }\n}\n\nmutation GenerateDataBook($input: GenerateDataBookInput!) {\n  generateDataBook(input: $input) {\n    ...DataBookJobFields\n  }\n}": typeof types.DataBookJobFieldsFragmentDoc,
    "fragment ImportRunParts on NpoImportRun {\n  id\n  status\n  source\n  startedBy\n  startedAt\n  finishedAt\n  fileName\n  fileBytes\n  processedRows\n  inserted\n  updated\n  unchanged\n  rejected\n  markedNotInLatest\n  message\n}\n\nquery NpoImportRun($id: ID!) {\n  npoImportRun(id: $id) {\n    ...ImportRunParts\n    rejections {\n      rowNumber\n      reason\n      name\n    }\n  }\n}\n\nquery NpoImportRuns($limit: Int!) {\n  npoImportRuns(limit: $limit) {\n    ...ImportRunParts\n  }\n}": typeof types.ImportRunPartsFragmentDoc,
};
const documents: Documents = {
    "query Health {\n  health {\n    status\n    postgres\n    meilisearch\n  }\n}": types.HealthDocument,
    "query Me {\n  me {\n    id\n    email\n    displayName\n    role\n  }\n}\n\nmutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    id\n    displayName\n    role\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input)\n}\n\nmutation ConfirmSignUp($token: String!, $password: String!) {\n  confirmSignUp(token: $token, password: $password) {\n    id\n    displayName\n    role\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nmutation SignOutEverywhere {\n  signOutEverywhere\n}\n\nmutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}\n\nmutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    id\n  }\n}\n\nmutation DeleteMyAccount($password: String!) {\n  deleteMyAccount(password: $password)\n}\n\nquery MyPage {\n  myCommunityGroups {\n    id\n    name\n    kind\n    ward\n    area\n    status\n  }\n  myNpoClaims {\n    id\n    npoId\n    npoName\n    status\n    createdAt\n  }\n}\n\nmutation RegisterCommunityGroup($input: RegisterCommunityGroupInput!) {\n  registerCommunityGroup(input: $input) {\n    id\n    name\n    status\n  }\n}\n\nmutation ClaimNpo($npoId: ID!, $message: String!) {\n  claimNpo(npoId: $npoId, message: $message) {\n    id\n    status\n  }\n}\n\nmutation UpdateNpoProfile($npoId: ID!, $input: UpdateNpoProfileInput!) {\n  updateNpoProfile(npoId: $npoId, input: $input) {\n    id\n    profile {\n      introduction\n      helpKinds\n      areas\n      contactForGroups\n      website\n      printConsent\n    }\n  }\n}\n\nquery StaffDesk {\n  pendingCommunityGroups {\n    id\n    name\n    kind\n    ward\n    area\n    representativeName\n    contactPhone\n    contactEmail\n    createdAt\n  }\n  pendingNpoClaims {\n    id\n    npoId\n    npoName\n    message\n    claimantName\n    claimantEmail\n    createdAt\n  }\n  auditLog(limit: 30) {\n    at\n    action\n    targetType\n    targetId\n    detail\n  }\n}\n\nmutation ApproveCommunityGroup($id: ID!, $approve: Boolean!) {\n  approveCommunityGroup(id: $id, approve: $approve) {\n    id\n    status\n  }\n}\n\nmutation DecideNpoClaim($claimId: ID!, $approve: Boolean!) {\n  decideNpoClaim(claimId: $claimId, approve: $approve) {\n    id\n    status\n  }\n}\n\nmutation InviteToCommunityGroup($groupId: ID!) {\n  inviteToCommunityGroup(groupId: $groupId) {\n    url\n    expiresAt\n  }\n}\n\nmutation JoinCommunityGroup($token: String!) {\n  joinCommunityGroup(token: $token) {\n    id\n    name\n  }\n}": types.MeDocument,
    "query ClaimCodePreview($code: String!) {\n  claimCodePreview(code: $code) {\n    npoId\n    npoName\n    npoWard\n    waitingRequests\n  }\n}": types.ClaimCodePreviewDocument,
    "mutation ClaimNpoWithCode($code: String!) {\n  claimNpoWithCode(code: $code) {\n    npoId\n    npoName\n    waitingRequests {\n      ...IntroductionRequestSummary\n    }\n  }\n}": types.ClaimNpoWithCodeDocument,
    "fragment MarcheApplicationItem on MarcheApplication {\n  id\n  eventId\n  npoId\n  npoName\n  boothType\n  title\n  description\n  status\n  waitlistPosition\n  reviewReason\n  createdAt\n}": types.MarcheApplicationItemFragmentDoc,
    "fragment MarcheEventSummary on MarcheEvent {\n  id\n  name\n  eventDate\n  venue\n  open\n  applyFrom\n  applyUntil\n}": types.MarcheEventSummaryFragmentDoc,
    "fragment MarcheLayoutGrid on MarcheLayout {\n  rows\n  cols\n  cells {\n    id\n    row\n    col\n    kind\n    number\n    exhibitor\n  }\n}": types.MarcheLayoutGridFragmentDoc,
    "mutation ApplyToMarche($input: ApplyToMarcheInput!) {\n  applyToMarche(input: $input) {\n    ...MarcheApplicationItem\n  }\n}": types.ApplyToMarcheDocument,
    "mutation AssignBooth($applicationId: ID!, $boothId: String) {\n  assignBooth(applicationId: $applicationId, boothId: $boothId) {\n    ...MarcheApplicationItem\n  }\n}": types.AssignBoothDocument,
    "mutation AutoAssignBooths($eventId: ID!) {\n  autoAssignBooths(eventId: $eventId) {\n    ...MarcheLayoutGrid\n  }\n}": types.AutoAssignBoothsDocument,
    "mutation CreateMarcheEvent($input: CreateMarcheEventInput!) {\n  createMarcheEvent(input: $input) {\n    id\n  }\n}": types.CreateMarcheEventDocument,
    "mutation InviteToMarche($eventId: ID!, $npoId: ID!) {\n  inviteToMarche(eventId: $eventId, npoId: $npoId)\n}": types.InviteToMarcheDocument,
    "mutation MessageMarcheApplicant($applicationId: ID!, $body: String!) {\n  messageMarcheApplicant(applicationId: $applicationId, body: $body)\n}": types.MessageMarcheApplicantDocument,
    "mutation ReviewMarcheApplication($id: ID!, $decision: MarcheDecision!, $reason: String) {\n  reviewMarcheApplication(id: $id, decision: $decision, reason: $reason) {\n    ...MarcheApplicationItem\n  }\n}": types.ReviewMarcheApplicationDocument,
    "mutation SetMarcheLayout($eventId: ID!, $input: MarcheLayoutInput!) {\n  setMarcheLayout(eventId: $eventId, input: $input) {\n    rows\n    cols\n  }\n}": types.SetMarcheLayoutDocument,
    "mutation UpdateMarcheApplication($id: ID!, $input: UpdateMarcheApplicationInput!) {\n  updateMarcheApplication(id: $id, input: $input) {\n    ...MarcheApplicationItem\n  }\n}": types.UpdateMarcheApplicationDocument,
    "mutation WishToMeetAtMarche($eventId: ID!, $npoId: ID!, $groupId: ID!, $wish: Boolean!) {\n  wishToMeetAtMarche(\n    eventId: $eventId\n    npoId: $npoId\n    groupId: $groupId\n    wish: $wish\n  )\n}": types.WishToMeetAtMarcheDocument,
    "mutation WithdrawMarcheApplication($id: ID!) {\n  withdrawMarcheApplication(id: $id) {\n    ...MarcheApplicationItem\n  }\n}": types.WithdrawMarcheApplicationDocument,
    "query MarcheApplications($eventId: ID!) {\n  marcheApplications(eventId: $eventId) {\n    ...MarcheApplicationItem\n  }\n}": types.MarcheApplicationsDocument,
    "query MarcheEvent($id: ID!) {\n  marcheEvent(id: $id) {\n    ...MarcheEventSummary\n    description\n    questions\n    boothTypes {\n      id\n      code\n      name\n      capacity\n      taken\n      waitlisted\n      slotMinutes\n    }\n    layout {\n      ...MarcheLayoutGrid\n    }\n    exhibitors {\n      npoId\n      npoName\n      title\n      description\n      boothType\n      boothTypeName\n      boothNumber\n      stageTime\n    }\n  }\n}": types.MarcheEventDocument,
    "query MarcheEvents {\n  marcheEvents {\n    ...MarcheEventSummary\n  }\n}": types.MarcheEventsDocument,
    "query MarcheInvitationCandidates($eventId: ID!) {\n  marcheInvitationCandidates(eventId: $eventId, limit: 30) {\n    npoId\n    npoName\n    ward\n    score\n    reasons\n    claimed\n    invited\n  }\n}": types.MarcheInvitationCandidatesDocument,
    "query MarcheMeetingWishes($eventId: ID!) {\n  marcheMeetingWishes(eventId: $eventId) {\n    npoId\n    npoName\n    groupId\n    groupName\n    groupWard\n  }\n}": types.MarcheMeetingWishesDocument,
    "fragment IntroductionRequestSummary on IntroductionRequest {\n  id\n  needId\n  needTitle\n  needWard\n  npoId\n  npoName\n  groupName\n  groupWard\n  status\n  statusLabel\n  nextStep\n  route\n  requestedAt\n  forwardedAt\n  remindedAt\n  closedAt\n  closeReason\n  offerId\n}": types.IntroductionRequestSummaryFragmentDoc,
    "fragment NeedCard on Need {\n  id\n  title\n  helpKind\n  ward\n  place\n  startsOn\n  endsOn\n  deadline\n  status\n  offerCount\n  fields\n  publishedAt\n  group {\n    id\n    name\n    ward\n  }\n}": types.NeedCardFragmentDoc,
    "fragment NeedDetail on Need {\n  ...NeedCard\n  description\n  peopleNeeded\n  honorarium\n  template\n  hidden\n  hiddenReason\n  report\n  viewerCanEdit\n  createdAt\n  group {\n    id\n    name\n    kind\n    ward\n    area\n  }\n}": types.NeedDetailFragmentDoc,
    "fragment OfferSummary on Offer {\n  id\n  needId\n  needTitle\n  groupName\n  message\n  status\n  viewerSide\n  unreadCount\n  createdAt\n  npo {\n    id\n    name\n    ward\n    fields\n    profile {\n      introduction\n      helpKinds\n    }\n  }\n}": types.OfferSummaryFragmentDoc,
    "fragment OfferThread on Offer {\n  ...OfferSummary\n  decidedAt\n  messages {\n    id\n    body\n    senderSide\n    senderName\n    mine\n    createdAt\n  }\n  contacts {\n    groupName\n    groupRepresentative\n    groupPhone\n    groupEmail\n    npoPeople {\n      name\n      email\n    }\n    npoContact\n  }\n}": types.OfferThreadFragmentDoc,
    "mutation CloseNeed($id: ID!, $outcome: NeedOutcome!, $report: String) {\n  closeNeed(id: $id, outcome: $outcome, report: $report) {\n    ...NeedDetail\n  }\n}": types.CloseNeedDocument,
    "mutation HideNeed($id: ID!, $hidden: Boolean!, $reason: String) {\n  hideNeed(id: $id, hidden: $hidden, reason: $reason) {\n    ...NeedDetail\n  }\n}": types.HideNeedDocument,
    "mutation MarkOfferRead($offerId: ID!) {\n  markOfferRead(offerId: $offerId) {\n    id\n    unreadCount\n  }\n}": types.MarkOfferReadDocument,
    "mutation OfferHelp($needId: ID!, $npoId: ID!, $message: String!) {\n  offerHelp(needId: $needId, npoId: $npoId, message: $message) {\n    ...OfferSummary\n  }\n}": types.OfferHelpDocument,
    "mutation PostNeed($input: PostNeedInput!) {\n  postNeed(input: $input) {\n    ...NeedDetail\n  }\n}": types.PostNeedDocument,
    "mutation PublishNeed($id: ID!) {\n  publishNeed(id: $id) {\n    ...NeedDetail\n  }\n}": types.PublishNeedDocument,
    "mutation RequestIntroduction($needId: ID!, $npoId: ID!) {\n  requestIntroduction(needId: $needId, npoId: $npoId) {\n    ...IntroductionRequestSummary\n  }\n}": types.RequestIntroductionDocument,
    "mutation RespondToOffer($offerId: ID!, $accept: Boolean!) {\n  respondToOffer(offerId: $offerId, accept: $accept) {\n    ...OfferThread\n  }\n}": types.RespondToOfferDocument,
    "mutation SendMessage($offerId: ID!, $body: String!) {\n  sendMessage(offerId: $offerId, body: $body) {\n    id\n    body\n    senderSide\n    senderName\n    mine\n    createdAt\n  }\n}": types.SendMessageDocument,
    "mutation UpdateNeed($id: ID!, $input: NeedDraftFields!) {\n  updateNeed(id: $id, input: $input) {\n    ...NeedDetail\n  }\n}": types.UpdateNeedDocument,
    "mutation WithdrawOffer($offerId: ID!) {\n  withdrawOffer(offerId: $offerId) {\n    ...OfferSummary\n  }\n}": types.WithdrawOfferDocument,
    "query MyNeedsPage {\n  myCommunityGroups {\n    id\n  }\n  myNeeds {\n    ...NeedCard\n  }\n  myOffers {\n    id\n    needId\n    needTitle\n    groupName\n    status\n    unreadCount\n    createdAt\n    npo {\n      id\n      name\n    }\n  }\n  myNpoClaims {\n    id\n    npoId\n    npoName\n    status\n  }\n}": types.MyNeedsPageDocument,
    "query NeedForm {\n  myCommunityGroups {\n    id\n    name\n    ward\n    status\n  }\n}": types.NeedFormDocument,
    "query NeedIntroductions($needId: ID!) {\n  needIntroductions(needId: $needId) {\n    ...IntroductionRequestSummary\n  }\n}": types.NeedIntroductionsDocument,
    "query NeedMatches($needId: ID!) {\n  matchNposForNeed(needId: $needId, limit: 5) {\n    score\n    reasons\n    npo {\n      id\n      name\n      ward\n      claimed\n      fields\n      profile {\n        introduction\n        helpKinds\n      }\n    }\n  }\n}": types.NeedMatchesDocument,
    "query Need($id: ID!) {\n  need(id: $id) {\n    ...NeedDetail\n    offers {\n      ...OfferSummary\n    }\n  }\n}": types.NeedDocument,
    "query NpoName($id: ID!) {\n  npo(id: $id) {\n    id\n    name\n    ward\n    viewerCanEdit\n  }\n}": types.NpoNameDocument,
    "query Offer($id: ID!) {\n  offer(id: $id) {\n    ...OfferThread\n  }\n}": types.OfferDocument,
    "query RecommendedNeeds($npoId: ID!) {\n  recommendedNeedsForNpo(npoId: $npoId, limit: 5) {\n    score\n    reasons\n    need {\n      ...NeedCard\n    }\n  }\n}": types.RecommendedNeedsDocument,
    "query SearchNeeds($input: SearchNeedsInput!) {\n  searchNeeds(input: $input) {\n    total\n    hits {\n      ...NeedCard\n    }\n  }\n}": types.SearchNeedsDocument,
    "query StaffNeeds($ward: String, $unansweredOnly: Boolean!) {\n  staffNeeds(ward: $ward, unansweredOnly: $unansweredOnly) {\n    ...NeedCard\n    hidden\n  }\n}": types.StaffNeedsDocument,
    "query UnreadNotificationCount {\n  unreadNotificationCount\n}\n\nquery Notifications {\n  notifications(limit: 50) {\n    id\n    title\n    body\n    link\n    read\n    createdAt\n  }\n  mailPreference\n}\n\nmutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}\n\nmutation SetMailPreference($preference: MailPreference!) {\n  setMailPreference(preference: $preference)\n}": types.UnreadNotificationCountDocument,
    "mutation ConfirmNpoEntry($npoId: ID!, $outcome: NpoEntryOutcome!, $note: String) {\n  confirmNpoEntry(npoId: $npoId, outcome: $outcome, note: $note) {\n    id\n    npoId\n    outcome\n    note\n    createdAt\n  }\n}": types.ConfirmNpoEntryDocument,
    "query Npo($id: ID!) {\n  npo(id: $id) {\n    id\n    corporateNumber\n    name\n    nameKana\n    jurisdiction\n    prefecture\n    city\n    ward\n    address\n    postalCode\n    representative\n    authorizedOn\n    establishedOn\n    purpose\n    programmes\n    fields\n    certified\n    certification {\n      kind\n      startOn\n      endOn\n      current\n    }\n    supervision\n    dissolution\n    status\n    portalUrl\n    claimed\n    viewerCanEdit\n    inCity\n    updatedAt\n    profile {\n      introduction\n      helpKinds\n      areas\n      contactForGroups\n      website\n      socialLinks\n      photoUrl\n    }\n  }\n}": types.NpoDocument,
    "query SearchNpos($input: SearchNposInput!) {\n  searchNpos(input: $input) {\n    total\n    page\n    pageSize\n    hits {\n      npo {\n        id\n        name\n        nameKana\n        ward\n        city\n        fields\n        certified\n        status\n        purpose\n        programmes\n        claimed\n      }\n      highlights {\n        field\n        snippet\n      }\n    }\n    facets {\n      wards {\n        value\n        count\n      }\n      fields {\n        value\n        count\n      }\n    }\n  }\n}": types.SearchNposDocument,
    "query WaitingIntroductionsForNpo($npoId: ID!) {\n  waitingIntroductionsForNpo(npoId: $npoId) {\n    ...IntroductionRequestSummary\n  }\n}": types.WaitingIntroductionsForNpoDocument,
    "fragment DataBookJobFields on DataBookJob {\n  id\n  status\n  progress\n  downloadUrl\n  npos\n  pages\n  bytes\n  error\n  summary\n  createdAt\n  finishedAt\n}\n\nquery DataBookPreview($input: GenerateDataBookInput!) {\n  dataBookPreview(input: $input) {\n    npos\n    pages\n  }\n}\n\nquery DataBookJobs {\n  dataBookJobs {\n    ...DataBookJobFields\n  }\n}\n\nquery DataBookJob($id: ID!) {\n  dataBookJob(id: $id) {\n    ...DataBookJobFields\n  }\n}\n\nmutation GenerateDataBook($input: GenerateDataBookInput!) {\n  generateDataBook(input: $input) {\n    ...DataBookJobFields\n  }\n}": types.DataBookJobFieldsFragmentDoc,
    "fragment ImportRunParts on NpoImportRun {\n  id\n  status\n  source\n  startedBy\n  startedAt\n  finishedAt\n  fileName\n  fileBytes\n  processedRows\n  inserted\n  updated\n  unchanged\n  rejected\n  markedNotInLatest\n  message\n}\n\nquery NpoImportRun($id: ID!) {\n  npoImportRun(id: $id) {\n    ...ImportRunParts\n    rejections {\n      rowNumber\n      reason\n      name\n    }\n  }\n}\n\nquery NpoImportRuns($limit: Int!) {\n  npoImportRuns(limit: $limit) {\n    ...ImportRunParts\n  }\n}": types.ImportRunPartsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Health {\n  health {\n    status\n    postgres\n    meilisearch\n  }\n}"): (typeof documents)["query Health {\n  health {\n    status\n    postgres\n    meilisearch\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    email\n    displayName\n    role\n  }\n}\n\nmutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    id\n    displayName\n    role\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input)\n}\n\nmutation ConfirmSignUp($token: String!, $password: String!) {\n  confirmSignUp(token: $token, password: $password) {\n    id\n    displayName\n    role\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nmutation SignOutEverywhere {\n  signOutEverywhere\n}\n\nmutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}\n\nmutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    id\n  }\n}\n\nmutation DeleteMyAccount($password: String!) {\n  deleteMyAccount(password: $password)\n}\n\nquery MyPage {\n  myCommunityGroups {\n    id\n    name\n    kind\n    ward\n    area\n    status\n  }\n  myNpoClaims {\n    id\n    npoId\n    npoName\n    status\n    createdAt\n  }\n}\n\nmutation RegisterCommunityGroup($input: RegisterCommunityGroupInput!) {\n  registerCommunityGroup(input: $input) {\n    id\n    name\n    status\n  }\n}\n\nmutation ClaimNpo($npoId: ID!, $message: String!) {\n  claimNpo(npoId: $npoId, message: $message) {\n    id\n    status\n  }\n}\n\nmutation UpdateNpoProfile($npoId: ID!, $input: UpdateNpoProfileInput!) {\n  updateNpoProfile(npoId: $npoId, input: $input) {\n    id\n    profile {\n      introduction\n      helpKinds\n      areas\n      contactForGroups\n      website\n      printConsent\n    }\n  }\n}\n\nquery StaffDesk {\n  pendingCommunityGroups {\n    id\n    name\n    kind\n    ward\n    area\n    representativeName\n    contactPhone\n    contactEmail\n    createdAt\n  }\n  pendingNpoClaims {\n    id\n    npoId\n    npoName\n    message\n    claimantName\n    claimantEmail\n    createdAt\n  }\n  auditLog(limit: 30) {\n    at\n    action\n    targetType\n    targetId\n    detail\n  }\n}\n\nmutation ApproveCommunityGroup($id: ID!, $approve: Boolean!) {\n  approveCommunityGroup(id: $id, approve: $approve) {\n    id\n    status\n  }\n}\n\nmutation DecideNpoClaim($claimId: ID!, $approve: Boolean!) {\n  decideNpoClaim(claimId: $claimId, approve: $approve) {\n    id\n    status\n  }\n}\n\nmutation InviteToCommunityGroup($groupId: ID!) {\n  inviteToCommunityGroup(groupId: $groupId) {\n    url\n    expiresAt\n  }\n}\n\nmutation JoinCommunityGroup($token: String!) {\n  joinCommunityGroup(token: $token) {\n    id\n    name\n  }\n}"): (typeof documents)["query Me {\n  me {\n    id\n    email\n    displayName\n    role\n  }\n}\n\nmutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    id\n    displayName\n    role\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input)\n}\n\nmutation ConfirmSignUp($token: String!, $password: String!) {\n  confirmSignUp(token: $token, password: $password) {\n    id\n    displayName\n    role\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nmutation SignOutEverywhere {\n  signOutEverywhere\n}\n\nmutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}\n\nmutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    id\n  }\n}\n\nmutation DeleteMyAccount($password: String!) {\n  deleteMyAccount(password: $password)\n}\n\nquery MyPage {\n  myCommunityGroups {\n    id\n    name\n    kind\n    ward\n    area\n    status\n  }\n  myNpoClaims {\n    id\n    npoId\n    npoName\n    status\n    createdAt\n  }\n}\n\nmutation RegisterCommunityGroup($input: RegisterCommunityGroupInput!) {\n  registerCommunityGroup(input: $input) {\n    id\n    name\n    status\n  }\n}\n\nmutation ClaimNpo($npoId: ID!, $message: String!) {\n  claimNpo(npoId: $npoId, message: $message) {\n    id\n    status\n  }\n}\n\nmutation UpdateNpoProfile($npoId: ID!, $input: UpdateNpoProfileInput!) {\n  updateNpoProfile(npoId: $npoId, input: $input) {\n    id\n    profile {\n      introduction\n      helpKinds\n      areas\n      contactForGroups\n      website\n      printConsent\n    }\n  }\n}\n\nquery StaffDesk {\n  pendingCommunityGroups {\n    id\n    name\n    kind\n    ward\n    area\n    representativeName\n    contactPhone\n    contactEmail\n    createdAt\n  }\n  pendingNpoClaims {\n    id\n    npoId\n    npoName\n    message\n    claimantName\n    claimantEmail\n    createdAt\n  }\n  auditLog(limit: 30) {\n    at\n    action\n    targetType\n    targetId\n    detail\n  }\n}\n\nmutation ApproveCommunityGroup($id: ID!, $approve: Boolean!) {\n  approveCommunityGroup(id: $id, approve: $approve) {\n    id\n    status\n  }\n}\n\nmutation DecideNpoClaim($claimId: ID!, $approve: Boolean!) {\n  decideNpoClaim(claimId: $claimId, approve: $approve) {\n    id\n    status\n  }\n}\n\nmutation InviteToCommunityGroup($groupId: ID!) {\n  inviteToCommunityGroup(groupId: $groupId) {\n    url\n    expiresAt\n  }\n}\n\nmutation JoinCommunityGroup($token: String!) {\n  joinCommunityGroup(token: $token) {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClaimCodePreview($code: String!) {\n  claimCodePreview(code: $code) {\n    npoId\n    npoName\n    npoWard\n    waitingRequests\n  }\n}"): (typeof documents)["query ClaimCodePreview($code: String!) {\n  claimCodePreview(code: $code) {\n    npoId\n    npoName\n    npoWard\n    waitingRequests\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimNpoWithCode($code: String!) {\n  claimNpoWithCode(code: $code) {\n    npoId\n    npoName\n    waitingRequests {\n      ...IntroductionRequestSummary\n    }\n  }\n}"): (typeof documents)["mutation ClaimNpoWithCode($code: String!) {\n  claimNpoWithCode(code: $code) {\n    npoId\n    npoName\n    waitingRequests {\n      ...IntroductionRequestSummary\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MarcheApplicationItem on MarcheApplication {\n  id\n  eventId\n  npoId\n  npoName\n  boothType\n  title\n  description\n  status\n  waitlistPosition\n  reviewReason\n  createdAt\n}"): (typeof documents)["fragment MarcheApplicationItem on MarcheApplication {\n  id\n  eventId\n  npoId\n  npoName\n  boothType\n  title\n  description\n  status\n  waitlistPosition\n  reviewReason\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MarcheEventSummary on MarcheEvent {\n  id\n  name\n  eventDate\n  venue\n  open\n  applyFrom\n  applyUntil\n}"): (typeof documents)["fragment MarcheEventSummary on MarcheEvent {\n  id\n  name\n  eventDate\n  venue\n  open\n  applyFrom\n  applyUntil\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MarcheLayoutGrid on MarcheLayout {\n  rows\n  cols\n  cells {\n    id\n    row\n    col\n    kind\n    number\n    exhibitor\n  }\n}"): (typeof documents)["fragment MarcheLayoutGrid on MarcheLayout {\n  rows\n  cols\n  cells {\n    id\n    row\n    col\n    kind\n    number\n    exhibitor\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApplyToMarche($input: ApplyToMarcheInput!) {\n  applyToMarche(input: $input) {\n    ...MarcheApplicationItem\n  }\n}"): (typeof documents)["mutation ApplyToMarche($input: ApplyToMarcheInput!) {\n  applyToMarche(input: $input) {\n    ...MarcheApplicationItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignBooth($applicationId: ID!, $boothId: String) {\n  assignBooth(applicationId: $applicationId, boothId: $boothId) {\n    ...MarcheApplicationItem\n  }\n}"): (typeof documents)["mutation AssignBooth($applicationId: ID!, $boothId: String) {\n  assignBooth(applicationId: $applicationId, boothId: $boothId) {\n    ...MarcheApplicationItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AutoAssignBooths($eventId: ID!) {\n  autoAssignBooths(eventId: $eventId) {\n    ...MarcheLayoutGrid\n  }\n}"): (typeof documents)["mutation AutoAssignBooths($eventId: ID!) {\n  autoAssignBooths(eventId: $eventId) {\n    ...MarcheLayoutGrid\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateMarcheEvent($input: CreateMarcheEventInput!) {\n  createMarcheEvent(input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation CreateMarcheEvent($input: CreateMarcheEventInput!) {\n  createMarcheEvent(input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteToMarche($eventId: ID!, $npoId: ID!) {\n  inviteToMarche(eventId: $eventId, npoId: $npoId)\n}"): (typeof documents)["mutation InviteToMarche($eventId: ID!, $npoId: ID!) {\n  inviteToMarche(eventId: $eventId, npoId: $npoId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MessageMarcheApplicant($applicationId: ID!, $body: String!) {\n  messageMarcheApplicant(applicationId: $applicationId, body: $body)\n}"): (typeof documents)["mutation MessageMarcheApplicant($applicationId: ID!, $body: String!) {\n  messageMarcheApplicant(applicationId: $applicationId, body: $body)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewMarcheApplication($id: ID!, $decision: MarcheDecision!, $reason: String) {\n  reviewMarcheApplication(id: $id, decision: $decision, reason: $reason) {\n    ...MarcheApplicationItem\n  }\n}"): (typeof documents)["mutation ReviewMarcheApplication($id: ID!, $decision: MarcheDecision!, $reason: String) {\n  reviewMarcheApplication(id: $id, decision: $decision, reason: $reason) {\n    ...MarcheApplicationItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetMarcheLayout($eventId: ID!, $input: MarcheLayoutInput!) {\n  setMarcheLayout(eventId: $eventId, input: $input) {\n    rows\n    cols\n  }\n}"): (typeof documents)["mutation SetMarcheLayout($eventId: ID!, $input: MarcheLayoutInput!) {\n  setMarcheLayout(eventId: $eventId, input: $input) {\n    rows\n    cols\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMarcheApplication($id: ID!, $input: UpdateMarcheApplicationInput!) {\n  updateMarcheApplication(id: $id, input: $input) {\n    ...MarcheApplicationItem\n  }\n}"): (typeof documents)["mutation UpdateMarcheApplication($id: ID!, $input: UpdateMarcheApplicationInput!) {\n  updateMarcheApplication(id: $id, input: $input) {\n    ...MarcheApplicationItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WishToMeetAtMarche($eventId: ID!, $npoId: ID!, $groupId: ID!, $wish: Boolean!) {\n  wishToMeetAtMarche(\n    eventId: $eventId\n    npoId: $npoId\n    groupId: $groupId\n    wish: $wish\n  )\n}"): (typeof documents)["mutation WishToMeetAtMarche($eventId: ID!, $npoId: ID!, $groupId: ID!, $wish: Boolean!) {\n  wishToMeetAtMarche(\n    eventId: $eventId\n    npoId: $npoId\n    groupId: $groupId\n    wish: $wish\n  )\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawMarcheApplication($id: ID!) {\n  withdrawMarcheApplication(id: $id) {\n    ...MarcheApplicationItem\n  }\n}"): (typeof documents)["mutation WithdrawMarcheApplication($id: ID!) {\n  withdrawMarcheApplication(id: $id) {\n    ...MarcheApplicationItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MarcheApplications($eventId: ID!) {\n  marcheApplications(eventId: $eventId) {\n    ...MarcheApplicationItem\n  }\n}"): (typeof documents)["query MarcheApplications($eventId: ID!) {\n  marcheApplications(eventId: $eventId) {\n    ...MarcheApplicationItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MarcheEvent($id: ID!) {\n  marcheEvent(id: $id) {\n    ...MarcheEventSummary\n    description\n    questions\n    boothTypes {\n      id\n      code\n      name\n      capacity\n      taken\n      waitlisted\n      slotMinutes\n    }\n    layout {\n      ...MarcheLayoutGrid\n    }\n    exhibitors {\n      npoId\n      npoName\n      title\n      description\n      boothType\n      boothTypeName\n      boothNumber\n      stageTime\n    }\n  }\n}"): (typeof documents)["query MarcheEvent($id: ID!) {\n  marcheEvent(id: $id) {\n    ...MarcheEventSummary\n    description\n    questions\n    boothTypes {\n      id\n      code\n      name\n      capacity\n      taken\n      waitlisted\n      slotMinutes\n    }\n    layout {\n      ...MarcheLayoutGrid\n    }\n    exhibitors {\n      npoId\n      npoName\n      title\n      description\n      boothType\n      boothTypeName\n      boothNumber\n      stageTime\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MarcheEvents {\n  marcheEvents {\n    ...MarcheEventSummary\n  }\n}"): (typeof documents)["query MarcheEvents {\n  marcheEvents {\n    ...MarcheEventSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MarcheInvitationCandidates($eventId: ID!) {\n  marcheInvitationCandidates(eventId: $eventId, limit: 30) {\n    npoId\n    npoName\n    ward\n    score\n    reasons\n    claimed\n    invited\n  }\n}"): (typeof documents)["query MarcheInvitationCandidates($eventId: ID!) {\n  marcheInvitationCandidates(eventId: $eventId, limit: 30) {\n    npoId\n    npoName\n    ward\n    score\n    reasons\n    claimed\n    invited\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MarcheMeetingWishes($eventId: ID!) {\n  marcheMeetingWishes(eventId: $eventId) {\n    npoId\n    npoName\n    groupId\n    groupName\n    groupWard\n  }\n}"): (typeof documents)["query MarcheMeetingWishes($eventId: ID!) {\n  marcheMeetingWishes(eventId: $eventId) {\n    npoId\n    npoName\n    groupId\n    groupName\n    groupWard\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IntroductionRequestSummary on IntroductionRequest {\n  id\n  needId\n  needTitle\n  needWard\n  npoId\n  npoName\n  groupName\n  groupWard\n  status\n  statusLabel\n  nextStep\n  route\n  requestedAt\n  forwardedAt\n  remindedAt\n  closedAt\n  closeReason\n  offerId\n}"): (typeof documents)["fragment IntroductionRequestSummary on IntroductionRequest {\n  id\n  needId\n  needTitle\n  needWard\n  npoId\n  npoName\n  groupName\n  groupWard\n  status\n  statusLabel\n  nextStep\n  route\n  requestedAt\n  forwardedAt\n  remindedAt\n  closedAt\n  closeReason\n  offerId\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NeedCard on Need {\n  id\n  title\n  helpKind\n  ward\n  place\n  startsOn\n  endsOn\n  deadline\n  status\n  offerCount\n  fields\n  publishedAt\n  group {\n    id\n    name\n    ward\n  }\n}"): (typeof documents)["fragment NeedCard on Need {\n  id\n  title\n  helpKind\n  ward\n  place\n  startsOn\n  endsOn\n  deadline\n  status\n  offerCount\n  fields\n  publishedAt\n  group {\n    id\n    name\n    ward\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NeedDetail on Need {\n  ...NeedCard\n  description\n  peopleNeeded\n  honorarium\n  template\n  hidden\n  hiddenReason\n  report\n  viewerCanEdit\n  createdAt\n  group {\n    id\n    name\n    kind\n    ward\n    area\n  }\n}"): (typeof documents)["fragment NeedDetail on Need {\n  ...NeedCard\n  description\n  peopleNeeded\n  honorarium\n  template\n  hidden\n  hiddenReason\n  report\n  viewerCanEdit\n  createdAt\n  group {\n    id\n    name\n    kind\n    ward\n    area\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OfferSummary on Offer {\n  id\n  needId\n  needTitle\n  groupName\n  message\n  status\n  viewerSide\n  unreadCount\n  createdAt\n  npo {\n    id\n    name\n    ward\n    fields\n    profile {\n      introduction\n      helpKinds\n    }\n  }\n}"): (typeof documents)["fragment OfferSummary on Offer {\n  id\n  needId\n  needTitle\n  groupName\n  message\n  status\n  viewerSide\n  unreadCount\n  createdAt\n  npo {\n    id\n    name\n    ward\n    fields\n    profile {\n      introduction\n      helpKinds\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OfferThread on Offer {\n  ...OfferSummary\n  decidedAt\n  messages {\n    id\n    body\n    senderSide\n    senderName\n    mine\n    createdAt\n  }\n  contacts {\n    groupName\n    groupRepresentative\n    groupPhone\n    groupEmail\n    npoPeople {\n      name\n      email\n    }\n    npoContact\n  }\n}"): (typeof documents)["fragment OfferThread on Offer {\n  ...OfferSummary\n  decidedAt\n  messages {\n    id\n    body\n    senderSide\n    senderName\n    mine\n    createdAt\n  }\n  contacts {\n    groupName\n    groupRepresentative\n    groupPhone\n    groupEmail\n    npoPeople {\n      name\n      email\n    }\n    npoContact\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseNeed($id: ID!, $outcome: NeedOutcome!, $report: String) {\n  closeNeed(id: $id, outcome: $outcome, report: $report) {\n    ...NeedDetail\n  }\n}"): (typeof documents)["mutation CloseNeed($id: ID!, $outcome: NeedOutcome!, $report: String) {\n  closeNeed(id: $id, outcome: $outcome, report: $report) {\n    ...NeedDetail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HideNeed($id: ID!, $hidden: Boolean!, $reason: String) {\n  hideNeed(id: $id, hidden: $hidden, reason: $reason) {\n    ...NeedDetail\n  }\n}"): (typeof documents)["mutation HideNeed($id: ID!, $hidden: Boolean!, $reason: String) {\n  hideNeed(id: $id, hidden: $hidden, reason: $reason) {\n    ...NeedDetail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkOfferRead($offerId: ID!) {\n  markOfferRead(offerId: $offerId) {\n    id\n    unreadCount\n  }\n}"): (typeof documents)["mutation MarkOfferRead($offerId: ID!) {\n  markOfferRead(offerId: $offerId) {\n    id\n    unreadCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OfferHelp($needId: ID!, $npoId: ID!, $message: String!) {\n  offerHelp(needId: $needId, npoId: $npoId, message: $message) {\n    ...OfferSummary\n  }\n}"): (typeof documents)["mutation OfferHelp($needId: ID!, $npoId: ID!, $message: String!) {\n  offerHelp(needId: $needId, npoId: $npoId, message: $message) {\n    ...OfferSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PostNeed($input: PostNeedInput!) {\n  postNeed(input: $input) {\n    ...NeedDetail\n  }\n}"): (typeof documents)["mutation PostNeed($input: PostNeedInput!) {\n  postNeed(input: $input) {\n    ...NeedDetail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishNeed($id: ID!) {\n  publishNeed(id: $id) {\n    ...NeedDetail\n  }\n}"): (typeof documents)["mutation PublishNeed($id: ID!) {\n  publishNeed(id: $id) {\n    ...NeedDetail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestIntroduction($needId: ID!, $npoId: ID!) {\n  requestIntroduction(needId: $needId, npoId: $npoId) {\n    ...IntroductionRequestSummary\n  }\n}"): (typeof documents)["mutation RequestIntroduction($needId: ID!, $npoId: ID!) {\n  requestIntroduction(needId: $needId, npoId: $npoId) {\n    ...IntroductionRequestSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RespondToOffer($offerId: ID!, $accept: Boolean!) {\n  respondToOffer(offerId: $offerId, accept: $accept) {\n    ...OfferThread\n  }\n}"): (typeof documents)["mutation RespondToOffer($offerId: ID!, $accept: Boolean!) {\n  respondToOffer(offerId: $offerId, accept: $accept) {\n    ...OfferThread\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendMessage($offerId: ID!, $body: String!) {\n  sendMessage(offerId: $offerId, body: $body) {\n    id\n    body\n    senderSide\n    senderName\n    mine\n    createdAt\n  }\n}"): (typeof documents)["mutation SendMessage($offerId: ID!, $body: String!) {\n  sendMessage(offerId: $offerId, body: $body) {\n    id\n    body\n    senderSide\n    senderName\n    mine\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateNeed($id: ID!, $input: NeedDraftFields!) {\n  updateNeed(id: $id, input: $input) {\n    ...NeedDetail\n  }\n}"): (typeof documents)["mutation UpdateNeed($id: ID!, $input: NeedDraftFields!) {\n  updateNeed(id: $id, input: $input) {\n    ...NeedDetail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawOffer($offerId: ID!) {\n  withdrawOffer(offerId: $offerId) {\n    ...OfferSummary\n  }\n}"): (typeof documents)["mutation WithdrawOffer($offerId: ID!) {\n  withdrawOffer(offerId: $offerId) {\n    ...OfferSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyNeedsPage {\n  myCommunityGroups {\n    id\n  }\n  myNeeds {\n    ...NeedCard\n  }\n  myOffers {\n    id\n    needId\n    needTitle\n    groupName\n    status\n    unreadCount\n    createdAt\n    npo {\n      id\n      name\n    }\n  }\n  myNpoClaims {\n    id\n    npoId\n    npoName\n    status\n  }\n}"): (typeof documents)["query MyNeedsPage {\n  myCommunityGroups {\n    id\n  }\n  myNeeds {\n    ...NeedCard\n  }\n  myOffers {\n    id\n    needId\n    needTitle\n    groupName\n    status\n    unreadCount\n    createdAt\n    npo {\n      id\n      name\n    }\n  }\n  myNpoClaims {\n    id\n    npoId\n    npoName\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeedForm {\n  myCommunityGroups {\n    id\n    name\n    ward\n    status\n  }\n}"): (typeof documents)["query NeedForm {\n  myCommunityGroups {\n    id\n    name\n    ward\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeedIntroductions($needId: ID!) {\n  needIntroductions(needId: $needId) {\n    ...IntroductionRequestSummary\n  }\n}"): (typeof documents)["query NeedIntroductions($needId: ID!) {\n  needIntroductions(needId: $needId) {\n    ...IntroductionRequestSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeedMatches($needId: ID!) {\n  matchNposForNeed(needId: $needId, limit: 5) {\n    score\n    reasons\n    npo {\n      id\n      name\n      ward\n      claimed\n      fields\n      profile {\n        introduction\n        helpKinds\n      }\n    }\n  }\n}"): (typeof documents)["query NeedMatches($needId: ID!) {\n  matchNposForNeed(needId: $needId, limit: 5) {\n    score\n    reasons\n    npo {\n      id\n      name\n      ward\n      claimed\n      fields\n      profile {\n        introduction\n        helpKinds\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Need($id: ID!) {\n  need(id: $id) {\n    ...NeedDetail\n    offers {\n      ...OfferSummary\n    }\n  }\n}"): (typeof documents)["query Need($id: ID!) {\n  need(id: $id) {\n    ...NeedDetail\n    offers {\n      ...OfferSummary\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NpoName($id: ID!) {\n  npo(id: $id) {\n    id\n    name\n    ward\n    viewerCanEdit\n  }\n}"): (typeof documents)["query NpoName($id: ID!) {\n  npo(id: $id) {\n    id\n    name\n    ward\n    viewerCanEdit\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Offer($id: ID!) {\n  offer(id: $id) {\n    ...OfferThread\n  }\n}"): (typeof documents)["query Offer($id: ID!) {\n  offer(id: $id) {\n    ...OfferThread\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecommendedNeeds($npoId: ID!) {\n  recommendedNeedsForNpo(npoId: $npoId, limit: 5) {\n    score\n    reasons\n    need {\n      ...NeedCard\n    }\n  }\n}"): (typeof documents)["query RecommendedNeeds($npoId: ID!) {\n  recommendedNeedsForNpo(npoId: $npoId, limit: 5) {\n    score\n    reasons\n    need {\n      ...NeedCard\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchNeeds($input: SearchNeedsInput!) {\n  searchNeeds(input: $input) {\n    total\n    hits {\n      ...NeedCard\n    }\n  }\n}"): (typeof documents)["query SearchNeeds($input: SearchNeedsInput!) {\n  searchNeeds(input: $input) {\n    total\n    hits {\n      ...NeedCard\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffNeeds($ward: String, $unansweredOnly: Boolean!) {\n  staffNeeds(ward: $ward, unansweredOnly: $unansweredOnly) {\n    ...NeedCard\n    hidden\n  }\n}"): (typeof documents)["query StaffNeeds($ward: String, $unansweredOnly: Boolean!) {\n  staffNeeds(ward: $ward, unansweredOnly: $unansweredOnly) {\n    ...NeedCard\n    hidden\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadNotificationCount {\n  unreadNotificationCount\n}\n\nquery Notifications {\n  notifications(limit: 50) {\n    id\n    title\n    body\n    link\n    read\n    createdAt\n  }\n  mailPreference\n}\n\nmutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}\n\nmutation SetMailPreference($preference: MailPreference!) {\n  setMailPreference(preference: $preference)\n}"): (typeof documents)["query UnreadNotificationCount {\n  unreadNotificationCount\n}\n\nquery Notifications {\n  notifications(limit: 50) {\n    id\n    title\n    body\n    link\n    read\n    createdAt\n  }\n  mailPreference\n}\n\nmutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}\n\nmutation SetMailPreference($preference: MailPreference!) {\n  setMailPreference(preference: $preference)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmNpoEntry($npoId: ID!, $outcome: NpoEntryOutcome!, $note: String) {\n  confirmNpoEntry(npoId: $npoId, outcome: $outcome, note: $note) {\n    id\n    npoId\n    outcome\n    note\n    createdAt\n  }\n}"): (typeof documents)["mutation ConfirmNpoEntry($npoId: ID!, $outcome: NpoEntryOutcome!, $note: String) {\n  confirmNpoEntry(npoId: $npoId, outcome: $outcome, note: $note) {\n    id\n    npoId\n    outcome\n    note\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Npo($id: ID!) {\n  npo(id: $id) {\n    id\n    corporateNumber\n    name\n    nameKana\n    jurisdiction\n    prefecture\n    city\n    ward\n    address\n    postalCode\n    representative\n    authorizedOn\n    establishedOn\n    purpose\n    programmes\n    fields\n    certified\n    certification {\n      kind\n      startOn\n      endOn\n      current\n    }\n    supervision\n    dissolution\n    status\n    portalUrl\n    claimed\n    viewerCanEdit\n    inCity\n    updatedAt\n    profile {\n      introduction\n      helpKinds\n      areas\n      contactForGroups\n      website\n      socialLinks\n      photoUrl\n    }\n  }\n}"): (typeof documents)["query Npo($id: ID!) {\n  npo(id: $id) {\n    id\n    corporateNumber\n    name\n    nameKana\n    jurisdiction\n    prefecture\n    city\n    ward\n    address\n    postalCode\n    representative\n    authorizedOn\n    establishedOn\n    purpose\n    programmes\n    fields\n    certified\n    certification {\n      kind\n      startOn\n      endOn\n      current\n    }\n    supervision\n    dissolution\n    status\n    portalUrl\n    claimed\n    viewerCanEdit\n    inCity\n    updatedAt\n    profile {\n      introduction\n      helpKinds\n      areas\n      contactForGroups\n      website\n      socialLinks\n      photoUrl\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchNpos($input: SearchNposInput!) {\n  searchNpos(input: $input) {\n    total\n    page\n    pageSize\n    hits {\n      npo {\n        id\n        name\n        nameKana\n        ward\n        city\n        fields\n        certified\n        status\n        purpose\n        programmes\n        claimed\n      }\n      highlights {\n        field\n        snippet\n      }\n    }\n    facets {\n      wards {\n        value\n        count\n      }\n      fields {\n        value\n        count\n      }\n    }\n  }\n}"): (typeof documents)["query SearchNpos($input: SearchNposInput!) {\n  searchNpos(input: $input) {\n    total\n    page\n    pageSize\n    hits {\n      npo {\n        id\n        name\n        nameKana\n        ward\n        city\n        fields\n        certified\n        status\n        purpose\n        programmes\n        claimed\n      }\n      highlights {\n        field\n        snippet\n      }\n    }\n    facets {\n      wards {\n        value\n        count\n      }\n      fields {\n        value\n        count\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WaitingIntroductionsForNpo($npoId: ID!) {\n  waitingIntroductionsForNpo(npoId: $npoId) {\n    ...IntroductionRequestSummary\n  }\n}"): (typeof documents)["query WaitingIntroductionsForNpo($npoId: ID!) {\n  waitingIntroductionsForNpo(npoId: $npoId) {\n    ...IntroductionRequestSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DataBookJobFields on DataBookJob {\n  id\n  status\n  progress\n  downloadUrl\n  npos\n  pages\n  bytes\n  error\n  summary\n  createdAt\n  finishedAt\n}\n\nquery DataBookPreview($input: GenerateDataBookInput!) {\n  dataBookPreview(input: $input) {\n    npos\n    pages\n  }\n}\n\nquery DataBookJobs {\n  dataBookJobs {\n    ...DataBookJobFields\n  }\n}\n\nquery DataBookJob($id: ID!) {\n  dataBookJob(id: $id) {\n    ...DataBookJobFields\n  }\n}\n\nmutation GenerateDataBook($input: GenerateDataBookInput!) {\n  generateDataBook(input: $input) {\n    ...DataBookJobFields\n  }\n}"): (typeof documents)["fragment DataBookJobFields on DataBookJob {\n  id\n  status\n  progress\n  downloadUrl\n  npos\n  pages\n  bytes\n  error\n  summary\n  createdAt\n  finishedAt\n}\n\nquery DataBookPreview($input: GenerateDataBookInput!) {\n  dataBookPreview(input: $input) {\n    npos\n    pages\n  }\n}\n\nquery DataBookJobs {\n  dataBookJobs {\n    ...DataBookJobFields\n  }\n}\n\nquery DataBookJob($id: ID!) {\n  dataBookJob(id: $id) {\n    ...DataBookJobFields\n  }\n}\n\nmutation GenerateDataBook($input: GenerateDataBookInput!) {\n  generateDataBook(input: $input) {\n    ...DataBookJobFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ImportRunParts on NpoImportRun {\n  id\n  status\n  source\n  startedBy\n  startedAt\n  finishedAt\n  fileName\n  fileBytes\n  processedRows\n  inserted\n  updated\n  unchanged\n  rejected\n  markedNotInLatest\n  message\n}\n\nquery NpoImportRun($id: ID!) {\n  npoImportRun(id: $id) {\n    ...ImportRunParts\n    rejections {\n      rowNumber\n      reason\n      name\n    }\n  }\n}\n\nquery NpoImportRuns($limit: Int!) {\n  npoImportRuns(limit: $limit) {\n    ...ImportRunParts\n  }\n}"): (typeof documents)["fragment ImportRunParts on NpoImportRun {\n  id\n  status\n  source\n  startedBy\n  startedAt\n  finishedAt\n  fileName\n  fileBytes\n  processedRows\n  inserted\n  updated\n  unchanged\n  rejected\n  markedNotInLatest\n  message\n}\n\nquery NpoImportRun($id: ID!) {\n  npoImportRun(id: $id) {\n    ...ImportRunParts\n    rejections {\n      rowNumber\n      reason\n      name\n    }\n  }\n}\n\nquery NpoImportRuns($limit: Int!) {\n  npoImportRuns(limit: $limit) {\n    ...ImportRunParts\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;