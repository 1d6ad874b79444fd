# کارت یک شخص: /search افراد را هم پیدا می‌کند؛ در کارت، آثاری که با آن‌ها شناخته می‌شوند آمده است.
# پیام‌ها HTML تلگرام هستند؛ سطر مشخصات و برچسب دکمه‌ها متن ساده‌اند.

people-known-for = <b>آثار شاخص</b>
people-tap = <i>برای دیدن جزئیات عنوان، روی یک شماره بزنید.</i>
people-no-credits = <i>هنوز هیچ فیلم یا سریالی از این شخص در Trakt ثبت نشده است.</i>
people-credits-failed = <i>Trakt الان نتوانست فیلم‌ها و سریال‌های این فرد را نشان دهد. کمی بعد دوباره امتحان کنید.</i>
people-born = تولد: { $date }
people-died = درگذشت: { $date }
people-as = در نقش { $role }
people-episodes = { $count ->
    [one] { $count } قسمت
   *[other] { $count } قسمت
}
people-department-acting = بازیگری
people-department-directing = کارگردانی
people-department-writing = نویسندگی
people-department-production = تهیه‌کنندگی
people-department-sound = صدا
people-department-camera = فیلم‌برداری
people-department-editing = تدوین
people-department-art = طراحی صحنه
people-department-crew = عوامل فنی
people-department-costume = طراحی لباس و گریم
people-department-lighting = نورپردازی
people-department-visual-effects = جلوه‌های ویژهٔ بصری
people-department-created-by = خالق

# A title's people, opened from its details card.
people-button = 👥 بازیگران و عوامل
people-of-title = 👥 { $title }، بازیگران و عوامل
people-tap-person = <i>برای کارت هر فرد روی شماره‌اش بزنید.</i>
people-nobody = <i>Trakt هنوز بازیگر یا عواملی برای آن ثبت نکرده است.</i>
