package starman.http;

import java.io.IOException;

/** One concern of the polite client (pacing, retry, auth), OkHttp style. */
public interface Interceptor {
    Response intercept(Chain chain) throws IOException;

    interface Chain {
        Request request();

        Response proceed(Request request) throws IOException;
    }
}
