package io.jiceng.ui.casepage;

import io.jiceng.platform.casework.CaseProgress;
import java.util.Collection;
import java.util.Locale;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * Draws a process diagram from its BPMN diagram-interchange data as SVG on the server, so the case page needs
 * no JavaScript library: the current step is orange, the steps already passed green.
 */
public final class DiagramSvg {

    private static final String ACTIVE_STROKE = "#e8590c";
    private static final String ACTIVE_FILL = "#fff4e6";
    private static final String DONE_STROKE = "#2b8a3e";
    private static final String DONE_FILL = "#ebfbee";
    private static final String IDLE_STROKE = "#868e96";
    private static final String IDLE_FILL = "#ffffff";
    private static final int PADDING = 30;

    private DiagramSvg() {
    }

    public static String render(CaseProgress progress) {
        Collection<BpmnShape> shapes = progress.model().getModelElementsByType(BpmnShape.class);
        Collection<BpmnEdge> edges = progress.model().getModelElementsByType(BpmnEdge.class);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        for (BpmnShape shape : shapes) {
            Bounds b = shape.getBounds();
            minX = Math.min(minX, b.getX());
            minY = Math.min(minY, b.getY());
            maxX = Math.max(maxX, b.getX() + b.getWidth());
            maxY = Math.max(maxY, b.getY() + b.getHeight() + 20);
        }
        for (BpmnEdge edge : edges) {
            for (Waypoint w : edge.getWaypoints()) {
                minX = Math.min(minX, w.getX());
                minY = Math.min(minY, w.getY());
                maxX = Math.max(maxX, w.getX());
                maxY = Math.max(maxY, w.getY());
            }
        }
        double x0 = minX - PADDING;
        double y0 = minY - PADDING;
        double width = maxX - minX + 2 * PADDING;
        double height = maxY - minY + 2 * PADDING;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%.0f %.0f %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" "
                        + "style=\"max-width:100%%;height:auto;font-family:sans-serif\" role=\"img\">", x0, y0, width, height, width, height));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
                + " orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#495057\"/></marker></defs>");
        for (BpmnEdge edge : edges) {
            drawEdge(svg, edge, progress);
        }
        for (BpmnShape shape : shapes) {
            drawShape(svg, shape, progress);
        }
        return svg.append("</svg>").toString();
    }

    private static void drawEdge(StringBuilder svg, BpmnEdge edge, CaseProgress progress) {
        StringBuilder points = new StringBuilder();
        for (Waypoint w : edge.getWaypoints()) {
            points.append(String.format(Locale.ROOT, "%.0f,%.0f ", w.getX(), w.getY()));
        }
        boolean taken = edge.getBpmnElement() instanceof SequenceFlow flow
                && progress.completedActivityIds().contains(flow.getSource().getId())
                && (progress.completedActivityIds().contains(flow.getTarget().getId())
                || progress.activeActivityIds().contains(flow.getTarget().getId()));
        svg.append(String.format("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\" marker-end=\"url(#arrow)\"/>",
                points.toString().strip(), taken ? DONE_STROKE : "#495057", taken ? "2" : "1.2"));
        if (edge.getBpmnElement() instanceof SequenceFlow flow && flow.getName() != null && edge.getWaypoints().size() >= 2) {
            java.util.List<Waypoint> waypoints = java.util.List.copyOf(edge.getWaypoints());
            Waypoint first = waypoints.get(waypoints.size() > 2 ? 1 : 0);
            Waypoint second = waypoints.get(1);
            svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"11\" fill=\"#495057\">%s</text>",
                    (first.getX() + second.getX()) / 2 + 4, (first.getY() + second.getY()) / 2 - 4, escape(flow.getName())));
        }
    }

    private static void drawShape(StringBuilder svg, BpmnShape shape, CaseProgress progress) {
        BaseElement element = shape.getBpmnElement();
        if (!(element instanceof FlowNode node)) {
            return;
        }
        Bounds b = shape.getBounds();
        String id = node.getId();
        boolean active = progress.activeActivityIds().contains(id);
        boolean done = progress.completedActivityIds().contains(id);
        String stroke = active ? ACTIVE_STROKE : done ? DONE_STROKE : IDLE_STROKE;
        String fill = active ? ACTIVE_FILL : done ? DONE_FILL : IDLE_FILL;
        String strokeWidth = active ? "3" : "1.5";
        double cx = b.getX() + b.getWidth() / 2;
        double cy = b.getY() + b.getHeight() / 2;
        String name = node.getName() == null ? "" : escape(node.getName());
        svg.append("<g data-element-id=\"").append(escape(id)).append("\"")
                .append(active ? " data-state=\"active\"" : done ? " data-state=\"done\"" : "").append(">");
        if (node instanceof Event) {
            double r = b.getWidth() / 2;
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>",
                    cx, cy, r, fill, stroke, node instanceof EndEvent ? "4" : strokeWidth));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"12\" text-anchor=\"middle\">%s</text>",
                    cx, b.getY() + b.getHeight() + 16, name));
        } else if (node instanceof Gateway) {
            svg.append(String.format(Locale.ROOT, "<polygon points=\"%.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>",
                    cx, b.getY(), b.getX() + b.getWidth(), cy, cx, b.getY() + b.getHeight(), b.getX(), cy, fill, stroke, strokeWidth));
            svg.append(String.format(Locale.ROOT, "<path d=\"M%.0f,%.0f L%.0f,%.0f M%.0f,%.0f L%.0f,%.0f\" stroke=\"%s\" stroke-width=\"2.5\"/>",
                    cx - 8, cy - 8, cx + 8, cy + 8, cx + 8, cy - 8, cx - 8, cy + 8, stroke));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"11\" text-anchor=\"end\">%s</text>",
                    b.getX() - 4, b.getY() - 2, name));
        } else {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"10\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>",
                    b.getX(), b.getY(), b.getWidth(), b.getHeight(), fill, stroke, strokeWidth));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"13\" text-anchor=\"middle\" dominant-baseline=\"middle\">%s</text>",
                    cx, cy, name));
        }
        svg.append("</g>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
