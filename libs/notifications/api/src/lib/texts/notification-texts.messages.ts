import { defineMessages } from '@tsunagu/shared/api-core';

/**
 * Every notification the service sends, in both languages: the only place their words are. The
 * domains send them by key (notices.ts) and each reader reads them in their language. Rows stored
 * before notifications kept their key are recognised by these same Japanese words
 * (notification-language.ts), so changing a wording here leaves old rows in Japanese only for
 * English readers, never wrong. Names, titles and what people wrote stay as written.
 */
export const notificationTexts = defineMessages('notifications', {
  offerReceivedTitle: { ja: '「{npo}」から、お手伝いの申し出がありました', en: '“{npo}” offered to help' },
  offerReceivedBody: {
    ja: '募集「{need}」に、NPO「{npo}」からお手伝いの申し出がありました。申し出を読んで、お願いするかどうかを決めてください。',
    en: 'The NPO “{npo}” offered to help with your need “{need}”. Read the offer and decide whether to ask them.',
  },
  offerAcceptedTitle: { ja: '「{group}」が申し出を受けました', en: '“{group}” accepted your offer' },
  offerAcceptedBody: {
    ja: '募集「{need}」で、あなたのNPOにお願いすることになりました。連絡先が見られるようになりました。メッセージで打ち合わせを始めましょう。',
    en: 'Your NPO is asked to help with the need “{need}”. You can now see the contact details. Start planning together in the messages.',
  },
  offerDeclinedTitle: { ja: '「{group}」から申し出へのお返事', en: 'An answer from “{group}” to your offer' },
  offerDeclinedBody: {
    ja: '募集「{need}」は、今回は見送りとなりました。申し出ていただき、ありがとうございました。',
    en: 'This time the need “{need}” goes ahead without your help. Thank you for your offer.',
  },
  invitationTitle: { ja: '「{group}」から、お手伝いのお誘いです', en: '“{group}” invites you to help' },
  invitationBody: {
    ja: '「{group}」が、募集「{need}」に「{npo}」の力を借りたいと考えています。募集を読んで、できることがあれば申し出てください。',
    en: '“{group}” would like the help of “{npo}” with the need “{need}”. Read the need and offer help if you can.',
  },
  messageTitle: { ja: '「{sender}」からメッセージが届きました', en: 'A message from “{sender}”' },
  messageBody: {
    ja: '募集「{need}」について、メッセージが届きました。\n\n{text}',
    en: 'A message came about the need “{need}”.\n\n{text}',
  },
  offerRemindGroupTitle: {
    ja: '「{npo}」からの申し出に、お返事をお願いします',
    en: 'Please answer the offer from “{npo}”',
  },
  offerRemindGroupBody: {
    ja: '「{npo}」からの申し出に、まだお返事していません。{day}までにお返事がなければ、この申し出は終わりになります。募集「{need}」の申し出を読んで、お願いするか見送るかを決めてください。',
    en: 'You have not answered the offer from “{npo}” yet. If there is no answer by {day}, the offer ends. Read the offer on the need “{need}” and decide whether to ask them.',
  },
  offerRemindNpoTitle: { ja: '「{group}」に、お返事をお願いしました', en: 'We asked “{group}” to answer' },
  offerRemindNpoBody: {
    ja: '募集「{need}」への申し出に、「{group}」からまだお返事がないので、お返事をお願いしました。{day}までにお返事がなければ、この申し出は終わりになります。',
    en: '“{group}” has not answered your offer on the need “{need}” yet, so we asked them to. If there is no answer by {day}, the offer ends.',
  },
  offerRemindStaffTitle: {
    ja: '「{group}」が、申し出にまだ返事をしていません',
    en: '“{group}” has not answered an offer yet',
  },
  offerRemindStaffBody: {
    ja: '募集「{need}」への「{npo}」からの申し出に、「{group}」がまだ返事をしていません。{day}までに返事がなければ、申し出は終わりになります。必要なら、団体に声をかけてください。',
    en: '“{group}” has not answered the offer from “{npo}” on the need “{need}” yet. If there is no answer by {day}, the offer ends. Give the group a call if needed.',
  },
  offerExpiredNpoTitle: {
    ja: '「{group}」からのお返事がないまま、期限になりました',
    en: 'No answer from “{group}” before the deadline',
  },
  offerExpiredNpoBody: {
    ja: '募集「{need}」への申し出は、「{group}」からのお返事がないまま、期限になりました。申し出ていただき、ありがとうございました。ほかの募集にも申し出てみてください。',
    en: 'Your offer on the need “{need}” reached its deadline without an answer from “{group}”. Thank you for offering. Please try other needs too.',
  },
  offerExpiredGroupTitle: { ja: '「{npo}」からの申し出が、終わりになりました', en: 'The offer from “{npo}” has ended' },
  offerExpiredGroupBody: {
    ja: '募集「{need}」への「{npo}」からの申し出に、期限の{day}までにお返事がなかったので、この申し出は終わりになりました。この募集には、ほかのNPOからも申し出を受けられます。',
    en: 'There was no answer to the offer from “{npo}” on the need “{need}” by the deadline ({day}), so the offer has ended. Other NPOs can still offer help with this need.',
  },
  offerExpiredStaffTitle: {
    ja: '「{group}」が返事をしないまま、申し出が終わりました',
    en: 'An offer ended without an answer from “{group}”',
  },
  offerExpiredStaffBody: {
    ja: '募集「{need}」への「{npo}」からの申し出は、「{group}」が期限の{day}までに返事をしなかったので、終わりました。NPOには、ほかの募集に申し出られることを伝えました。',
    en: 'The offer from “{npo}” on the need “{need}” ended because “{group}” did not answer by the deadline ({day}). The NPO was told it can offer help with other needs.',
  },
  offerNeedClosedTitle: { ja: '募集「{need}」が終わりました', en: 'The need “{need}” has ended' },
  offerNeedClosedBody: {
    ja: '「{group}」の募集「{need}」が終わったので、申し出も終わりになりました。申し出ていただき、ありがとうございました。ほかの募集にも申し出てみてください。',
    en: '“{group}” ended the need “{need}”, so your offer has ended too. Thank you for offering. Please try other needs too.',
  },
  memberJoinedTitle: { ja: '「{npo}」に新しいメンバーが入りました', en: 'A new member joined “{npo}”' },
  memberJoinedBody: {
    ja: '{person}さんが、市からの手紙の番号で「{npo}」のメンバーになりました。心あたりがないときは、市の担当者（{office}）にお知らせください。',
    en: "“{person}” became a member of “{npo}” with the code in the city's letter. If you did not expect this, please tell the city's office ({office}).",
  },
  marcheInvitationTitle: { ja: '「{event}」への出展のお誘い', en: 'An invitation to exhibit at “{event}”' },
  marcheInvitationBody: {
    ja: '{date}に{venue}で開く「{event}」に、出展しませんか。地域の団体の困りごとに、あなたのNPOの活動が合いそうです。申し込みは{until}まで。',
    en: "Would you like to exhibit at “{event}”, at {venue} on {date}? Your NPO's work seems to fit what local groups need. Applications close on {until}.",
  },
  marchePromotedTitle: {
    ja: '「{event}」のキャンセル待ちから、審査待ちになりました',
    en: 'Your application to “{event}” moved from the waiting list to review',
  },
  marchePromotedBody: {
    ja: '「{title}」に空きが出ました。審査の結果は、あらためてお知らせします。',
    en: 'A place opened for “{title}”. We will tell you the result of the review.',
  },
  marcheAcceptedTitle: { ja: '「{event}」への出展が決まりました', en: 'You will exhibit at “{event}”' },
  marcheAcceptedBody: {
    ja: '「{title}」の出展が決まりました。当日の案内は、あらためてお知らせします。',
    en: '“{title}” has been accepted. We will send you the details for the day.',
  },
  marcheRejectedTitle: { ja: '「{event}」への申し込みについて', en: 'About your application to “{event}”' },
  marcheRejectedBody: {
    ja: '「{title}」は、今回は出展いただけないことになりました。理由：{reason}',
    en: '“{title}” cannot be exhibited this time. Reason: {reason}',
  },
  marcheMessageTitle: {
    ja: '「{event}」について、市の職員から連絡があります',
    en: 'A message from city staff about “{event}”',
  },
  marcheMessageBody: {
    ja: '申し込み「{title}」について：\n\n{text}',
    en: 'About the application “{title}”:\n\n{text}',
  },
  introRequestedTitle: { ja: '「{npo}」へのお願いがあります', en: 'A request for “{npo}”' },
  introRequestedBody: {
    ja: '「{group}」（{ward}）が、募集「{need}」で「{npo}」の力を借りたいと考えています。このNPOは、まだ「つなぐ」を使っていません。手紙・メール・電話でお伝えください。',
    en: '“{group}” ({ward}) would like the help of “{npo}” with the need “{need}”. This NPO does not use Tsunagu yet. Please pass it on by letter, mail or phone.',
  },
  introForwardedTitle: {
    ja: '市の担当者が「{npo}」にお伝えしました',
    en: 'City staff passed your request on to “{npo}”',
  },
  introForwardedBody: {
    ja: '募集「{need}」のお願いを、市の担当者が{how}「{npo}」にお伝えしました。NPOから申し出があると、お知らせが届きます。',
    en: 'City staff passed your request about the need “{need}” on to “{npo}” ({how}). You will be told when the NPO offers help.',
  },
  introNeedClosedTitle: { ja: '「{npo}」へのお願いを終わりにしました', en: 'Your request to “{npo}” has ended' },
  introNeedClosedBody: {
    ja: '募集「{need}」が終わったので、「{npo}」へのお願いも終わりにしました。',
    en: 'The need “{need}” has ended, so the request to “{npo}” has ended too.',
  },
  introNoReplyTitle: {
    ja: '「{npo}」から返事がなかったので、お願いを終わりにしました',
    en: 'No answer from “{npo}”, so the request has ended',
  },
  introNoReplyBody: {
    ja: '募集「{need}」で「{npo}」にお願いしましたが、返事がありませんでした。ほかのおすすめのNPOにもお願いできます。市の担当者にも相談できます。',
    en: 'You asked “{npo}” for help with the need “{need}”, but there was no answer. You can ask other suggested NPOs, or talk to city staff.',
  },
  introDeclinedTitle: { ja: '「{npo}」は、今回はお手伝いできないそうです', en: '“{npo}” cannot help this time' },
  introDeclinedBody: {
    ja: '募集「{need}」について、「{npo}」は今回はお手伝いできないそうです。ほかのおすすめのNPOにもお願いできます。市の担当者にも相談できます。',
    en: '“{npo}” cannot help with the need “{need}” this time. You can ask other suggested NPOs, or talk to city staff.',
  },
  introStaffNote: { ja: '\n市の担当者から: {note}', en: '\nFrom city staff: {note}' },
  introRemindGroupTitle: { ja: '「{npo}」から、まだ返事がありません', en: 'No answer from “{npo}” yet' },
  introRemindGroupBody: {
    ja: '募集「{need}」のお願いに、{npo}からまだ返事がありません。市の担当者がもう一度連絡します。{day}までに返事がなければ、このお願いは終わりにします。',
    en: '“{npo}” has not answered your request about the need “{need}” yet. City staff will contact them again. If there is no answer by {day}, the request ends.',
  },
  introRemindNpoTitle: { ja: '「{group}」が、お返事を待っています', en: '“{group}” is waiting for your answer' },
  introRemindNpoBody: {
    ja: '「{group}」が、募集「{need}」で「{npo}」の力を借りたいと待っています。できることがあれば、{day}までに申し出てください。',
    en: '“{group}” is waiting for the help of “{npo}” with the need “{need}”. If you can help, please offer by {day}.',
  },
  introRemindStaffTitle: {
    ja: '「{npo}」から返事のないお願いがあります（{count}件）',
    en: 'Requests to “{npo}” without an answer ({count})',
  },
  introRemindStaffBody: {
    ja: '{items}に、まだ返事がありません。もう一度NPOに連絡してください。',
    en: 'No answer yet to: {items}. Please contact the NPO again.',
  },
  introRemindStaffItem: {
    ja: '「{group}」の募集「{need}」（{day}まで）',
    en: '“{need}” of “{group}” (until {day})',
  },
  introNoReplyStaffTitle: {
    ja: '「{npo}」へのお願いが、返事のないまま終わりました（{count}件）',
    en: 'Requests to “{npo}” ended without an answer ({count})',
  },
  introNoReplyStaffBody: {
    ja: '{items}のお願いは、返事がないまま終わりました。団体には、ほかのNPOにお願いできることを伝えました。相談があれば、のってください。',
    en: 'These requests ended without an answer: {items}. The groups were told they can ask other NPOs. Please help them if they ask.',
  },
  introNoReplyStaffItem: { ja: '「{group}」の募集「{need}」', en: '“{need}” of “{group}”' },
  howMembers: { ja: 'NPOのメンバーに', en: "through the NPO's members" },
  howLetter: { ja: '手紙で', en: 'by letter' },
  howMail: { ja: 'メールで', en: 'by mail' },
  howPhone: { ja: '電話で', en: 'by phone' },
  // A helper of another kind (company, university group, …) that registered itself, as staff decided.
  helperVerifiedTitle: { ja: '「{name}」を市が確認しました', en: 'The city confirmed “{name}”' },
  helperVerifiedBody: {
    ja: '市の職員が「{name}」の登録を確認しました。これから、困りごとの募集にお手伝いを申し出ることができます。',
    en: 'City staff confirmed the registration of “{name}”. It can now offer help on needs.',
  },
  helperRefusedTitle: { ja: '「{name}」の登録について', en: 'About the registration of “{name}”' },
  helperRefusedBody: {
    ja: '「{name}」の登録を、市は確認できませんでした。理由: {reason}',
    en: 'The city could not confirm the registration of “{name}”. Reason: {reason}',
  },
  // Good examples (好事例): both sides consented, staff decide; the two parties hear the decision.
  storyAwaitingTitle: { ja: '好事例「{title}」の確認をお願いします', en: 'Please review the good example “{title}”' },
  storyAwaitingBody: {
    ja: '「{group}」と「{helper}」の両方が、好事例としての公開に同意しました。内容を確かめて、公開するか決めてください。',
    en: 'Both “{group}” and “{helper}” agreed to publish this good example. Please read it and decide whether to publish it.',
  },
  storyPublishedTitle: { ja: '好事例「{title}」が公開されました', en: 'The good example “{title}” is published' },
  storyPublishedBody: {
    ja: '市の確認が終わり、好事例「{title}」をだれでも読めるようになりました。ご協力ありがとうございました。',
    en: 'The city reviewed it: anyone can now read the good example “{title}”. Thank you for sharing it.',
  },
  storyRefusedTitle: { ja: '好事例「{title}」について', en: 'About the good example “{title}”' },
  storyRefusedBody: {
    ja: '好事例「{title}」は、このままでは公開できませんでした。理由: {reason}',
    en: 'The good example “{title}” could not be published as it is. Reason: {reason}',
  },
});
