package dev.watchkeeper.core.language;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Every text the bot says, from message bundles: {@code .properties} files in UTF-8, one per
 * bundle and language, named as {@link ResourceBundle} names them ({@code conversation.properties}
 * is English, {@code conversation_es.properties} Spanish). The bundled files live in this
 * module's resources under {@code dev/watchkeeper/core/messages/}.
 *
 * <p>Operators reword texts without rebuilding: a file of the same name in the override folder
 * replaces, key by key, the bundled one. A text is looked up in this order: the override file of
 * the language, the bundled file of the language, the English override file, the bundled English
 * file; so a translation that lacks a key says it in English rather than failing.
 *
 * <p>Files are read once, when first needed; thread-safe; never touches the network.
 */
public final class MessageCatalog {
    private static final String RESOURCES = "/dev/watchkeeper/core/messages/";

    private final @Nullable Path overrides;
    private final Map<String, Optional<ResourceBundle>> files = new ConcurrentHashMap<>();

    private MessageCatalog(@Nullable Path overrides) {
        this.overrides = overrides;
    }

    /** The bundled texts only. */
    public static MessageCatalog bundled() {
        return new MessageCatalog(null);
    }

    /**
     * The bundled texts, reworded by the files in {@code folder}.
     *
     * @throws IllegalArgumentException when the folder does not exist
     */
    public static MessageCatalog withOverrides(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("messages folder not found: " + folder);
        }
        return new MessageCatalog(folder);
    }

    /**
     * One text.
     *
     * @param bundle the bundle's base name, such as {@code conversation}
     * @param language the language (ISO 639-1); null or an unknown one gives English
     * @param key the text's key
     * @throws MissingResourceException when not even the English bundle has the key
     */
    public String text(String bundle, @Nullable String language, String key) {
        for (ResourceBundle file : chain(bundle, language)) {
            if (file.containsKey(key)) {
                return file.getString(key);
            }
        }
        throw new MissingResourceException("no text " + key + " in bundle " + bundle, bundle, key);
    }

    /** The texts of one bundle in one language. */
    public Texts texts(String bundle, @Nullable String language) {
        return new Texts(this, bundle, language);
    }

    /**
     * The texts of one bundle in one language: a view for reading the bundle's keys one by one.
     *
     * @param catalog where the texts come from
     * @param bundle the bundle's base name
     * @param language the language, or null for English
     */
    public record Texts(MessageCatalog catalog, String bundle, @Nullable String language) {
        public Texts {
            requireNonNull(catalog, "catalog");
            requireNonNull(bundle, "bundle");
        }

        /** The text of {@code key}; see {@link MessageCatalog#text}. */
        public String get(String key) {
            return catalog.text(bundle, language, key);
        }
    }

    private List<ResourceBundle> chain(String bundle, @Nullable String language) {
        List<String> names = new ArrayList<>(2);
        Optional<String> lang = MemberLanguage.supported(language).filter(l -> !l.equals(MemberLanguage.ENGLISH));
        lang.ifPresent(l -> names.add(bundle + "_" + l));
        names.add(bundle);
        List<ResourceBundle> chain = new ArrayList<>(4);
        for (String name : names) {
            file("override:" + name).ifPresent(chain::add);
            file("bundled:" + name).ifPresent(chain::add);
        }
        return chain;
    }

    private Optional<ResourceBundle> file(String id) {
        return files.computeIfAbsent(id, this::read);
    }

    private Optional<ResourceBundle> read(String id) {
        String name = id.substring(id.indexOf(':') + 1) + ".properties";
        try {
            if (id.startsWith("override:")) {
                Path path = overrides == null ? null : overrides.resolve(name);
                if (path == null || !Files.isRegularFile(path)) {
                    return Optional.empty();
                }
                try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    return Optional.of(new PropertyResourceBundle(reader));
                }
            }
            try (InputStream in = MessageCatalog.class.getResourceAsStream(RESOURCES + name)) {
                if (in == null) {
                    return Optional.empty();
                }
                return Optional.of(new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read messages " + name, e);
        }
    }
}
