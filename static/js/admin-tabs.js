// The language tabs of the admin (django-modeltranslation's tabbed fields) need a jQuery
// `tabs()` widget. Instead of loading jQuery UI from a CDN we provide the little it uses:
// tabs("…", {active}), tabs("option", "active", n) and the "tabsactivate" event.
(function ($) {
  if (!$ || $.fn.tabs) return;

  function activate($container, index) {
    const $links = $container.find("> ul > li > a");
    const previous = $container.data("spk-active");
    $links.each(function (i) {
      const selected = i === index;
      const $link = $(this);
      $link.attr({ "aria-selected": String(selected), tabindex: selected ? "0" : "-1" });
      $link.parent().toggleClass("ui-tabs-active ui-state-active", selected);
      $($link.attr("href")).prop("hidden", !selected);
    });
    $container.data("spk-active", index);
    if (previous !== undefined && previous !== index) {
      $container.trigger("tabsactivate", [{ newTab: $links.eq(index).parent() }]);
    }
  }

  $.fn.tabs = function (options, key, value) {
    return this.each(function () {
      const $container = $(this);
      if (options === "option" && key === "active") {
        activate($container, value);
        return;
      }
      $container.addClass("ui-tabs spk-tabs");
      const $list = $container.find("> ul").attr("role", "tablist");
      $list.find("> li > a").each(function (index) {
        $(this)
          .attr({ role: "tab", "aria-controls": $(this).attr("href").slice(1) })
          .on("click", function (event) {
            event.preventDefault();
            activate($container, index);
          });
        $($(this).attr("href")).attr("role", "tabpanel");
      });
      activate($container, (options && options.active) || 0);
    });
  };
})(window.django && window.django.jQuery);
