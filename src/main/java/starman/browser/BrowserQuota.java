package starman.browser;

import java.io.IOException;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import starman.session.StorageQuota;

/** The session's quota port: {@code navigator.storage.estimate()}, {@code persist()} and {@code persisted()}. */
final class BrowserQuota implements StorageQuota {
    @Override
    public Estimate estimate() {
        try {
            Answer answer = Promises.await(estimateNow());
            return answer.isKnown() ? new Estimate((long) answer.getUsage(), (long) answer.getQuota()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public boolean persist() {
        return ask("persist");
    }

    @Override
    public boolean persisted() {
        return ask("persisted");
    }

    private static boolean ask(String method) {
        try {
            Answer answer = Promises.await(storageFlag(method));
            return answer.isKnown() && answer.isKept();
        } catch (IOException e) {
            return false;
        }
    }

    interface Answer extends JSObject {
        @JSProperty
        boolean isKnown();

        @JSProperty
        double getUsage();

        @JSProperty
        double getQuota();

        @JSProperty
        boolean isKept();
    }

    @JSBody(script = ""
            + "if (!navigator.storage || !navigator.storage.estimate) { return Promise.resolve({known: false}); }"
            + "return navigator.storage.estimate().then(function(e) {"
            + "  return {known: true, usage: e.usage || 0, quota: e.quota || 0};"
            + "});")
    private static native JSObject estimateNow();

    @JSBody(params = "method", script = ""
            + "if (!navigator.storage || !navigator.storage[method]) { return Promise.resolve({known: false}); }"
            + "return navigator.storage[method]().then(function(kept) { return {known: true, kept: !!kept}; });")
    private static native JSObject storageFlag(String method);
}
