/**
 * Answers to partners' plain support questions: the public surface of this folder.
 */
export { answerQuestion, minimumTopicScore, type QuestionMatch } from './match-question';
export { exampleQuestions } from './example-questions';
export { localizeAnswer, type LocalizedAnswer, type LocalizedLink } from './localize-answer';
export { topicById, topics } from './topics';
export { topicIds, type AnswerTopic, type TopicId, type RuleId } from './topic';
export { personalNotes, profileFactsUsed } from './personal-notes';
export { routeMessage, type MessageRoute, type Route } from './route-message';
