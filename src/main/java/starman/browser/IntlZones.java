package starman.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSNumber;
import starman.time.ZoneOffsets;

/**
 * Time zones from the browser's own Intl data, so the page carries no tz database: a zone's offsets are found by
 * asking Intl the local time of instants a week apart from 1990 to 2060 and narrowing each change down to the
 * second, once per zone and browser (kept in localStorage), in the site's {@code zones.js}.
 */
public final class IntlZones {
    private IntlZones() {
    }

    /** Whether Intl knows the zone id. */
    @JSBody(params = "id", script = "try { new Intl.DateTimeFormat('en-US', {timeZone: id}); return true; }"
            + " catch (e) { return false; }")
    public static native boolean knows(String id);

    /** The offsets of a zone Intl knows; UTC for one it does not. */
    public static ZoneOffsets offsets(String id) {
        Found found = find(id);
        if (found == null) {
            return ZoneOffsets.UTC;
        }
        long[] changes = new long[found.getChanges().getLength()];
        for (int i = 0; i < changes.length; i++) {
            changes[i] = (long) found.getChanges().get(i).doubleValue();
        }
        int[] offsets = new int[found.getOffsets().getLength()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = found.getOffsets().get(i).intValue();
        }
        return new ZoneOffsets(id, changes, offsets);
    }

    interface Found extends JSObject {
        @JSProperty
        JSArray<JSNumber> getChanges();

        @JSProperty
        JSArray<JSNumber> getOffsets();
    }

    /** Worked out by the site's zones.js (a script of its own, so a browser test can hold it against java.time). */
    @JSBody(params = "id", script = "return starmanZoneOffsets(id);")
    private static native Found find(String id);
}
