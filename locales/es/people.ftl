# Ficha de una persona: /search también encuentra personas; la ficha muestra sus trabajos más conocidos.
# Los mensajes son HTML de Telegram; la línea de datos y los botones son texto plano.

people-known-for = <b>Trabajos destacados</b>
people-tap = <i>Toca un número para ver los detalles del título.</i>
people-no-credits = <i>Trakt todavía no tiene películas ni series de esta persona.</i>
people-credits-failed = <i>Trakt no pudo mostrar sus películas y series ahora mismo. Inténtalo de nuevo en un momento.</i>
people-born = nacimiento: { $date }
people-died = fallecimiento: { $date }
people-as = como { $role }
people-episodes = { $count ->
    [one] { $count } episodio
    [many] { $count } de episodios
   *[other] { $count } episodios
}
people-department-acting = Interpretación
people-department-directing = Dirección
people-department-writing = Guion
people-department-production = Producción
people-department-sound = Sonido
people-department-camera = Fotografía
people-department-editing = Montaje
people-department-art = Dirección de arte
people-department-crew = Equipo técnico
people-department-costume = Vestuario y maquillaje
people-department-lighting = Iluminación
people-department-visual-effects = Efectos visuales
people-department-created-by = Creado por

# A title's people, opened from its details card.
people-button = 👥 Reparto y equipo
people-of-title = 👥 { $title } · reparto y equipo
people-tap-person = <i>Toca un número para ver la ficha de la persona.</i>
people-nobody = <i>Trakt aún no tiene reparto ni equipo para este título.</i>
