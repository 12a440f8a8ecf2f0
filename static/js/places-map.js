/* The places map: progressive enhancement of the list and the filters (the page works without it).
   Markers come from the JSON in #places-data; the tile server from data attributes of #places-map.
   Leaflet is loaded only when the map comes near the screen: on a phone the list comes first, and the
   page is usable before any map code runs. */
(function () {
  "use strict";
  var container = document.getElementById("places-map");
  var data = document.getElementById("places-data");
  if (!container || !data || !window.Promise) return;
  container.hidden = false;

  function load(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function start() {
    load(container.dataset.leaflet)
      .then(function () { return load(container.dataset.cluster); })
      .then(draw, function () { container.hidden = true; });  // no map: the list still gives every place
  }

  if ("IntersectionObserver" in window) {
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) {
        observer.disconnect();
        start();
      }
    }, { rootMargin: "300px" });
    observer.observe(container);
  } else {
    start();
  }

  function draw() {
    var places = JSON.parse(data.textContent);

    // The marker images by their collected (hashed) names: Leaflet's own guess, from its CSS, misses them.
    L.Icon.Default.imagePath = "";
    L.Icon.Default.mergeOptions({
      iconUrl: container.dataset.markerIcon,
      iconRetinaUrl: container.dataset.markerRetina,
      shadowUrl: container.dataset.markerShadow,
    });
    var tiles = container.dataset.tiles;
    var map = L.map(container, { scrollWheelZoom: false, maxZoom: 18 }).setView([14.64, -61.02], 10);
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: container.dataset.attribution }).addTo(map);
    }
    var cluster = L.markerClusterGroup();
    var bounds = [];
    places.forEach(function (place) {
      var link = document.createElement("a");
      link.href = place.url;
      link.textContent = place.title;
      var popup = document.createElement("div");
      popup.appendChild(link);
      popup.appendChild(document.createElement("br"));
      popup.appendChild(document.createTextNode(place.commune));
      var marker = L.marker([place.lat, place.lon], { title: place.title, alt: place.title });
      marker.bindPopup(popup);
      cluster.addLayer(marker);
      bounds.push([place.lat, place.lon]);
    });
    map.addLayer(cluster);
    if (bounds.length > 1) map.fitBounds(bounds, { padding: [20, 20], maxZoom: 14 });
    else if (bounds.length === 1) map.setView(bounds[0], 14);
  }
})();
