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
 * second, once per zone and browser (kept in localStorage).
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

    @JSBody(params = "id", script = ""
            + "var key = 'starman-zone-v1:' + id;"
            + "try { var kept = localStorage.getItem(key); if (kept) { return JSON.parse(kept); } } catch (e) { }"
            + "var f;"
            + "try {"
            + "  f = new Intl.DateTimeFormat('en-US', {timeZone: id, hourCycle: 'h23', year: 'numeric',"
            + "    month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'});"
            + "} catch (e) { return null; }"
            + "function offset(t) {"
            + "  var v = {};"
            + "  f.formatToParts(new Date(t * 1000)).forEach(function(p) { v[p.type] = p.value; });"
            + "  return Date.UTC(+v.year, +v.month - 1, +v.day, +v.hour % 24, +v.minute, +v.second) / 1000 - t;"
            + "}"
            + "var step = 7 * 86400, t = 631152000, end = 2840140800, before = offset(t);"
            + "var found = {changes: [], offsets: [before]};"
            + "for (; t < end; t += step) {"
            + "  var after = offset(t + step);"
            + "  if (after === before) { continue; }"
            + "  var lo = t, hi = t + step;"
            + "  while (hi - lo > 1) { var mid = Math.floor((lo + hi) / 2); if (offset(mid) === before) { lo = mid; } else { hi = mid; } }"
            + "  found.changes.push(hi); found.offsets.push(after); before = after;"
            + "}"
            + "try { localStorage.setItem(key, JSON.stringify(found)); } catch (e) { }"
            + "return found;")
    private static native Found find(String id);
}
