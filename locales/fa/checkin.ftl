## چک‌این: «همین حالا دارم این را می‌بینم» در Trakt (/checkin، دکمهٔ 🎬 روی کارت‌ها)
cmd-checkin = چک‌این فعلی شما، با امکان لغو
checkin-button = 🎬 چک‌این

## اعلان‌ها (فقط کسی که دکمه را زده می‌بیند)
checkin-done = چک‌این شد: { $title }، تا { $time }
checkin-done-no-time = چک‌این شد: { $title }
checkin-already = از قبل چک‌این کرده‌اید: { $title }، تا { $time }
checkin-already-no-time = از قبل چک‌این کرده‌اید: { $title }
checkin-cancelled-toast = چک‌این لغو شد

## پیام‌ها
checkin-done-html = 🎬 چک‌این شد: { $title }، تا { $time }.
checkin-done-html-no-time = 🎬 چک‌این شد: { $title }.
checkin-conflict =
    ⏳ از قبل برای { $running } چک‌این کرده‌اید، تا { $time }.
    لغوش کنم و به‌جایش برای { $title } چک‌این کنم؟
checkin-conflict-no-time =
    ⏳ از قبل برای { $running } چک‌این کرده‌اید.
    لغوش کنم و به‌جایش برای { $title } چک‌این کنم؟
checkin-replace = ✖ لغوش کن و اینجا چک‌این کن
checkin-keep = بماند
checkin-kept = 👍 چک‌این شما ادامه دارد.
checkin-too-late = 🎬 چک‌این را انجام ندادم: Trakt آن را بیش از حد منتظر نگه داشت و دیگر «همین حالا» نبود. هنوز تماشا می‌کنید؟ دوباره 🎬 چک‌این را بزنید.
checkin-none = الان برای چیزی چک‌این نکرده‌اید. یک فیلم یا قسمت را باز کنید و 🎬 چک‌این را بزنید.
checkin-now = 🎬 چک‌این: { $title }
checkin-now-scrobble = ▶️ در حال تماشای { $title } در یک برنامهٔ پخش
checkin-started = شروع: { $time }
checkin-until = پایان: { $time }
checkin-cancel = ✖ لغو چک‌این
checkin-cancelled = چک‌این { $title } لغو شد.
checkin-cancel-none = دیگر چیزی در جریان نیست.
checkin-me-watching = ▶️ در حال تماشا: { $title }
checkin-me-watching-until = ▶️ در حال تماشا: { $title }، تا { $time }
checkin-usage =
    نشان می‌دهد الان برای چه چیزی چک‌این کرده‌اید و چطور لغوش کنید:
    فقط بنویسید <code>/checkin</code>
    کلمهٔ دیگری لازم نیست.
