package dev.watchkeeper.core.smalltalk;

/**
 * What a small-talk message does, strongest first: a message that does several ("ok thanks, bye")
 * is taken as the strongest of them.
 */
public enum SmallTalkKind {
    /** "thanks", "спасибо", "谢谢", "🙏". */
    THANKS,
    /** "bye", "пока", "tchau", "gn". */
    GOODBYE,
    /** "hi", "gm", "привет", "你好", "hola". */
    GREETING,
    /** "ok", "got it", "ок", "好的", "👍". */
    ACKNOWLEDGEMENT
}
