package dev.watchkeeper.core.faq;

class InMemoryAnswerFeedbackTest extends AnswerFeedbackContract {
    @Override
    protected AnswerFeedback newFeedback() {
        return new InMemoryAnswerFeedback();
    }
}
