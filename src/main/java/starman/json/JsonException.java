package starman.json;

/** Malformed or unexpected JSON; the message names the JSON path where it went wrong. */
public class JsonException extends RuntimeException {
    public JsonException(String message) {
        super(message);
    }
}
