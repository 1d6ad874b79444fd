## /history
# Komuttan sonraki sözcükler args.ftl dosyasından gelir (bot her dildekini anlar).
cmd-history = İzlediklerin, en yeniden eskiye
history-usage =
    İzlediklerini en yeniden başlayarak gösteririm:
    <code>/history</code> — hepsi
    <code>/history diziler</code> ya da <code>/history filmler</code>
    <code>/history hafta</code>, <code>ay</code> ya da <code>yıl</code> — yalnızca son dönem
    Bunları birleştirebilirsin: <code>/history filmler ay</code>.
history-header-a = 🕘 <b>Geçmişin</b>{ $period }
history-header-s = 🕘 <b>Geçmişin: diziler</b>{ $period }
history-header-m = 🕘 <b>Geçmişin: filmler</b>{ $period }
history-period-a = {""}
history-period-w = {" "}· son bir hafta
history-period-m = {" "}· son bir ay
history-period-y = {" "}· son bir yıl
history-empty = Burada henüz bir şey yok. Trakt'ta izlediğin ya da check-in yaptığın her şey burada görünür.
history-empty-filtered = Bu filtrelere uyan bir şey yok. <b>Tümü</b> ya da <b>Tüm zamanlar</b> seçeneğini dene.
history-page-empty = Hepsi bu kadar: önceki sayfadan sonra başka bir şey yok.
history-today = Bugün
history-yesterday = Dün
history-day-unknown = Tarih bilinmiyor
history-kind-a = Tümü
history-kind-s = 📺 Diziler
history-kind-m = 🎬 Filmler
history-period-button-a = Tüm zamanlar
history-period-button-w = Hafta
history-period-button-m = Ay
history-period-button-y = Yıl

## Removing one play
history-remove-mode = 🗑 Bir izlemeyi sil
history-remove-done = ✔ Tamam
history-remove-ask = { $number }. izleme silinsin mi: { $play }?
history-remove-yes = 🗑 Sil
history-remove-toast = İzleme silindi
history-remove-gone = Bu izleme zaten silinmiş
history-remove-hint = <i>Silinecek izlemenin numarasına dokunun.</i>

## How long the person watched on a day (beside the day's name)
history-day-time = <b>{ $day }</b> · { $time }
duration-minutes = { $minutes } dk
duration-hours = { $hours } sa
duration-hours-minutes = { $hours } sa { $minutes } dk
