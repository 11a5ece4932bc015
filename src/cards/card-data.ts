/**
 * The data each card template in /cards binds, by template name: what a
 * builder passes to `renderCard(name, data)` must match, so a misspelt or
 * missing field fails to compile. Every string is already localised; user
 * text has been through literal-text.ts.
 */

/** A FactSet row. */
export interface Fact {
  readonly title: string;
  readonly value: string;
}

/** A choice of an Input.ChoiceSet. */
export interface Choice {
  readonly id: string;
  readonly title: string;
}

export interface Link {
  readonly title: string;
  readonly url: string;
}

export interface TextLine {
  readonly text: string;
}

/** One question of a form: its choices, and the ids already chosen (comma-separated). */
export interface FormQuestion {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly multiple: boolean;
  readonly choices: readonly Choice[];
}

/** "1 h 20 min left" in accent, "overdue by 35 min" in attention. */
export interface ClockLine {
  readonly text: string;
  readonly color: 'attention' | 'warning' | 'accent';
}

export interface AnswerCardData {
  readonly title: string;
  readonly lines: readonly TextLine[];
  readonly sourceLine: string;
  readonly whyTitle: string;
  readonly rulesLine: string;
  readonly topicId: string;
  readonly helpfulQuestion: string;
  readonly yesTitle: string;
  readonly noTitle: string;
  readonly links: readonly Link[];
  readonly triageTitle: string;
  /** The profile facts the question stated ("I understood: MPN level **Gold**"), or ''. */
  readonly aboutYouLine: string;
  /** What the answer means for that profile (personal-notes.ts). */
  readonly personalNotes: readonly TextLine[];
}

export interface NotHelpfulCardData {
  readonly text: string;
  readonly checkTitle: string;
  readonly sources: readonly Link[];
}

export interface RouteChoiceCardData {
  readonly prompt: string;
  readonly text: string;
  readonly answerTitle: string;
  readonly triageTitle: string;
}

export interface CheckNoticeCardData {
  readonly text: string;
  /** The check whose current question "Show" brings back; empty when there is none. */
  readonly check: string;
  readonly showTitle: string;
  readonly startTitle: string;
}

export interface WelcomeCardData {
  readonly title: string;
  readonly intro: string;
  readonly tryThis: string;
  readonly describeLabel: string;
  readonly describePlaceholder: string;
  readonly checkTitle: string;
  readonly stepByStep: string;
  readonly showHelp: string;
}

export interface HelpCardData {
  readonly title: string;
  readonly intro: string;
  readonly commands: readonly { readonly word: string; readonly description: string }[];
  readonly examplesTitle: string;
  readonly examples: readonly TextLine[];
  readonly askTitle: string;
  readonly languageNote: string;
  readonly startTriage: string;
}

export interface ProfileCardData {
  readonly title: string;
  readonly intro: string;
  readonly facts: readonly Fact[];
  readonly editTitle: string;
  readonly fields: readonly FormQuestion[];
  readonly timeZoneLabel: string;
  readonly timeZoneHint: string;
  readonly timeZone: string;
  readonly saveTitle: string;
  readonly startTriage: string;
}

export interface QuestionCardData {
  readonly askedBy: string;
  readonly check: string;
  readonly step: number;
  readonly canGoBack: boolean;
  readonly understoodLine: string;
  readonly understood: readonly { readonly key: string; readonly changeTitle: string }[];
  readonly changeMenuTitle: string;
  readonly prompt: string;
  readonly hint: string;
  readonly key: string;
  /** One button per answer, for a question with one answer. */
  readonly options: readonly Choice[];
  readonly multiple: boolean;
  /** A multi-select, for a question with several answers. */
  readonly choices: readonly Choice[];
  readonly chooseMany: string;
  readonly confirmTitle: string;
  readonly backTitle: string;
  readonly startOverTitle: string;
  readonly cancelTitle: string;
}

export interface SummaryCardData {
  readonly askedBy: string;
  readonly check: string;
  readonly step: number;
  readonly tracked?: { readonly text: string; readonly requestId: string; readonly openTitle: string };
  readonly headline: string;
  readonly headlineStyle: string;
  readonly facts: readonly Fact[];
  readonly responseNote: string;
  readonly stepsTitle: string;
  readonly steps: readonly { readonly number: number; readonly text: string; readonly link: string }[];
  readonly openTitle: string;
  readonly caveatsTitle: string;
  readonly caveats: readonly TextLine[];
  readonly hasPreview: boolean;
  readonly previewTitle: string;
  readonly previewHeadline: string;
  readonly previewFacts: readonly Fact[];
  readonly healthNothingTitle: string;
  readonly healthListedTitle: string;
  readonly whyTitle: string;
  readonly rulesTitle: string;
  readonly why: readonly TextLine[];
  readonly sourceTitle: string;
  readonly sources: readonly Link[];
  readonly answersTitle: string;
  readonly answers: readonly {
    readonly key: string;
    readonly label: string;
    readonly value: string;
    readonly changeTitle: string;
  }[];
  readonly canFile: boolean;
  readonly filedTitle: string;
  readonly srLabel: string;
  readonly srPlaceholder: string;
  readonly saveTitle: string;
  readonly changeAnswersTitle: string;
  readonly startOverTitle: string;
}

/** The Teams message a request is filed from. */
export interface SourceMessage {
  readonly id: string;
  readonly link: string;
  readonly author: string;
}

export interface RequestFormCardData {
  readonly heading: string;
  readonly problemsTitle: string;
  readonly problems: readonly TextLine[];
  readonly intro: string;
  readonly titleLabel: string;
  readonly titleRequired: string;
  readonly title: string;
  readonly descriptionLabel: string;
  readonly description: string;
  readonly questions: readonly FormQuestion[];
  readonly srLabel: string;
  readonly srNumber: string;
  readonly submitTitle: string;
  /** The keys of the questions asked, comma-separated. */
  readonly asked: string;
  readonly source: SourceMessage;
  readonly formId: string;
}

/** A line at the top of the request card saying why it is shown (a conflict, a problem with the action). */
export interface CardNotice {
  readonly text: string;
  readonly style: 'attention' | 'warning' | 'good';
}

export interface RequestCardData {
  readonly id: string;
  readonly heading: string;
  readonly title: string;
  readonly notice?: CardNotice;
  readonly clock?: ClockLine;
  readonly facts: readonly Fact[];
  readonly source?: { readonly label: string; readonly link: string };
  readonly historyHeading: string;
  readonly history: readonly TextLine[];
  /** Which actions apply to the request's status; `more` holds snooze and cancel. */
  readonly can: Readonly<
    Record<'file' | 'responded' | 'resolved' | 'raiseSeverity' | 'setNumber' | 'snooze' | 'cancel' | 'more', boolean>
  >;
  readonly labels: Readonly<
    Record<
      | 'file'
      | 'responded'
      | 'resolved'
      | 'raiseSeverity'
      | 'setNumber'
      | 'snooze30'
      | 'snooze60'
      | 'cancel'
      | 'cancelConfirm'
      | 'cancelYes'
      | 'more'
      | 'save',
      string
    >
  >;
  readonly raise: {
    readonly guidance: string;
    readonly choose: string;
    readonly submit: string;
    readonly error: string;
    readonly value: string;
    readonly choices: readonly { readonly title: string; readonly value: string }[];
  };
  readonly number: {
    readonly label: string;
    readonly placeholder: string;
    readonly error: string;
    readonly value: string;
  };
}

export interface StatusCardData {
  readonly heading: string;
  /** R27: the tenant's escalation channel stopped accepting reminders. */
  readonly channelNotice?: string;
  readonly empty?: string;
  readonly rows: readonly {
    readonly id: string;
    readonly title: string;
    readonly line: string;
    readonly clock?: ClockLine;
    readonly undeliverable?: string;
    readonly open: string;
  }[];
  readonly more?: string;
}

/** A reminder card button: its verb, and the data the requests handler reads. */
export interface ReminderAction {
  readonly title: string;
  readonly verb: string;
  readonly data: Readonly<Record<string, string | number>>;
}

export interface ReminderCardData {
  readonly style: 'warning' | 'attention';
  readonly heading: string;
  readonly timeLine: string;
  readonly intro: string;
  readonly title: string;
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly advice: readonly string[];
  readonly note: string;
  readonly actions: readonly ReminderAction[];
  readonly raise: readonly ReminderAction[];
}

/** Each template of /cards by file name, with the data it binds. */
export interface CardData {
  answer: AnswerCardData;
  'not-helpful': NotHelpfulCardData;
  'route-choice': RouteChoiceCardData;
  'check-notice': CheckNoticeCardData;
  welcome: WelcomeCardData;
  help: HelpCardData;
  profile: ProfileCardData;
  question: QuestionCardData;
  summary: SummaryCardData;
  'request-form': RequestFormCardData;
  request: RequestCardData;
  status: StatusCardData;
  reminder: ReminderCardData;
}

export type CardName = keyof CardData;
