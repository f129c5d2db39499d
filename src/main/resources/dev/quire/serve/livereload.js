// Quire dev server: reloads this page when a rebuild changed it. Added only by `quire serve`.
(function () {
  var here = function () {
    var path = decodeURI(location.pathname);
    return [path, path.replace(/index\.html$/, '')];
  };
  var events = new EventSource('/__quire/events');
  events.addEventListener('reload', function (e) {
    var changed = JSON.parse(e.data);
    var mine = here();
    if (changed.indexOf('*') >= 0 || changed.indexOf(mine[0]) >= 0 || changed.indexOf(mine[1]) >= 0) {
      location.reload();
    }
  });
})();
