## Palabras tras un comando: /history películas semana, /watchlist series añadido.
# Sinónimos separados por comas, en minúsculas. El PRIMERO es el que muestran las ayudas.
# Un sinónimo terminado en * es una raíz: vale cualquier palabra que empiece así.
arg-shows = series, serie*
arg-movies = películas, película*, pelis, peli, cine
arg-week = semana, semanal, semana*
arg-month = mes, meses, mensual
arg-year = año, años, anual
arg-all = todo, todos, siempre
arg-rank = orden, rango
arg-added = añadido, añadidos, agregado, agregados, nuevo, nuevos, recientes
arg-released = estreno, estrenos, lanzamiento
arg-title = título, nombre, alfabético
arg-digest = resumen, diario
arg-on = sí, activar
arg-off = apagar, desactivar, ninguno
arg-quiet = silencio
arg-tz = zona, huso
arg-premieres = comienzos, inicios
arg-finales = finales, final
