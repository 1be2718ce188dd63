// Time zones from the browser's own Intl data, so the page carries no tz database (starman.browser.IntlZones).
// A zone's offsets: Intl's local time of instants a week apart from 1990 to 2060, each change narrowed down to the
// second. Kept in localStorage per zone and browser: an update of the browser may bring a country's new rules.
function starmanZoneOffsets(id) {
  var key = 'starman-zone-v2:' + id;
  var browser = navigator.userAgent;
  try {
    var kept = JSON.parse(localStorage.getItem(key));
    if (kept && kept.browser === browser) {
      return kept;
    }
  } catch (e) { /* none kept, or unreadable: worked out again */ }
  var format;
  try {
    format = new Intl.DateTimeFormat('en-US', {timeZone: id, hourCycle: 'h23', year: 'numeric',
      month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'});
  } catch (e) {
    return null;
  }
  function offset(t) {
    var v = {};
    format.formatToParts(new Date(t * 1000)).forEach(function (p) { v[p.type] = p.value; });
    return Date.UTC(+v.year, +v.month - 1, +v.day, +v.hour % 24, +v.minute, +v.second) / 1000 - t;
  }
  var step = 7 * 86400, t = 631152000, end = 2840140800, before = offset(t);
  var found = {browser: browser, changes: [], offsets: [before]};
  for (; t < end; t += step) {
    var after = offset(t + step);
    if (after === before) {
      continue;
    }
    var lo = t, hi = t + step;
    while (hi - lo > 1) {
      var mid = Math.floor((lo + hi) / 2);
      if (offset(mid) === before) { lo = mid; } else { hi = mid; }
    }
    found.changes.push(hi);
    found.offsets.push(after);
    before = after;
  }
  try { localStorage.setItem(key, JSON.stringify(found)); } catch (e) { /* worked out again next time */ }
  return found;
}
